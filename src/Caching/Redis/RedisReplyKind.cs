namespace Gateway.Caching.Redis;

/// <summary>The RESP2 type of a reply, as its first byte says.</summary>
public enum RedisReplyKind
{
    /// <summary><c>+OK</c>: a short status text.</summary>
    SimpleString,

    /// <summary><c>-ERR ...</c>: the server refused the command.</summary>
    Error,

    /// <summary><c>:42</c>: a signed 64-bit integer.</summary>
    Integer,

    /// <summary><c>$3 abc</c>: binary-safe bytes, or null (<c>$-1</c>).</summary>
    BulkString,

    /// <summary><c>*2 ...</c>: a list of replies (possibly nested), or null (<c>*-1</c>).</summary>
    Array,
}
