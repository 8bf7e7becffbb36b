namespace Gateway.Caching.Redis;

/// <summary>
/// Redis sent bytes that are not valid RESP2, or a reply of an unexpected type; the connection is dropped.
/// </summary>
public sealed class RedisProtocolException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisProtocolException()
        : base("Redis sent an invalid reply.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RedisProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
