namespace Gateway.Caching.Redis;

/// <summary>
/// Redis answered the command with an error reply (<c>-WRONGTYPE ...</c>, <c>-NOSCRIPT ...</c>, <c>-ERR ...</c>).
/// The connection is fine.
/// </summary>
public sealed class RedisServerException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisServerException()
        : base("Redis answered with an error.")
    {
        ErrorCode = "ERR";
    }

    /// <summary>Creates the exception with Redis's error text (its first word becomes <see cref="ErrorCode"/>).</summary>
    public RedisServerException(string message)
        : base(message)
    {
        ErrorCode = CodeOf(message);
    }

    /// <summary>Creates the exception with Redis's error text and a cause.</summary>
    public RedisServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
        ErrorCode = CodeOf(message);
    }

    /// <summary>The error's first word, e.g. <c>ERR</c>, <c>WRONGTYPE</c>, <c>NOSCRIPT</c>, <c>NOAUTH</c>.</summary>
    public string ErrorCode { get; }

    private static string CodeOf(string message)
    {
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? message[..space] : message;
    }
}
