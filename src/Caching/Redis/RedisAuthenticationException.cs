namespace Gateway.Caching.Redis;

/// <summary>
/// Redis refused the credentials (AUTH failed: wrong password or user), or requires some and none are configured.
/// The message never holds the password.
/// </summary>
public sealed class RedisAuthenticationException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisAuthenticationException()
        : base("Redis refused the credentials.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RedisAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
