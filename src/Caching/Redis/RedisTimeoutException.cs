namespace Gateway.Caching.Redis;

/// <summary>
/// The command got no reply within the command timeout (<c>syncTimeout</c> / <c>asyncTimeout</c>); its outcome is
/// unknown. The connection stays open unless it had been silent for the whole timeout, then it is dropped and rebuilt.
/// </summary>
public sealed class RedisTimeoutException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisTimeoutException()
        : base("Redis did not answer in time.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RedisTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
