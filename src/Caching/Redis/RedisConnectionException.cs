namespace Gateway.Caching.Redis;

/// <summary>
/// No connection to Redis: none of the endpoints could be reached (the client keeps retrying in the background),
/// the connection was lost while the command waited for its reply (its outcome is unknown), or the client is disposed.
/// </summary>
public sealed class RedisConnectionException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisConnectionException()
        : base("Redis is not connected.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RedisConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
