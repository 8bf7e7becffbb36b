namespace Gateway.Caching.Redis;

/// <summary>
/// Base of the failures the Redis client reports. Messages name the endpoint and the command, never a password,
/// a key's value or a command's arguments.
/// </summary>
public abstract class RedisException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected RedisException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    protected RedisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    protected RedisException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
