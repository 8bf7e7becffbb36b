using System.Globalization;
using System.Text;

namespace Gateway.Caching.Redis;

/// <summary>
/// One RESP2 reply: a simple string, an error, an integer, a bulk string (possibly null) or an array of replies
/// (possibly null or nested). Immutable. <see cref="ToString"/> names the kind and size, never the content.
/// </summary>
public sealed class RedisReply
{
    private static readonly RedisReply[] NoElements = [];

    private readonly byte[]? _bytes;
    private readonly RedisReply[]? _elements;

    private RedisReply(RedisReplyKind kind, long integer, byte[]? bytes, RedisReply[]? elements)
    {
        Kind = kind;
        Integer = integer;
        _bytes = bytes;
        _elements = elements;
    }

    /// <summary>The null bulk string (<c>$-1</c>), e.g. GET of a missing key.</summary>
    public static RedisReply NullBulkString { get; } = new(RedisReplyKind.BulkString, 0, null, null);

    /// <summary>The null array (<c>*-1</c>).</summary>
    public static RedisReply NullArray { get; } = new(RedisReplyKind.Array, 0, null, null);

    /// <summary>The reply's type.</summary>
    public RedisReplyKind Kind { get; }

    /// <summary>True for the null bulk string and the null array.</summary>
    public bool IsNull => Kind switch
    {
        RedisReplyKind.BulkString => _bytes is null,
        RedisReplyKind.Array => _elements is null,
        _ => false,
    };

    /// <summary>True for an error reply.</summary>
    public bool IsError => Kind == RedisReplyKind.Error;

    /// <summary>The value of an integer reply (0 for other kinds).</summary>
    public long Integer { get; }

    /// <summary>The bytes of a simple string, error or bulk string (empty for null and other kinds).</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>The elements of an array (empty for a null array and other kinds).</summary>
    public IReadOnlyList<RedisReply> Elements => _elements ?? NoElements;

    /// <summary>Creates a simple string reply.</summary>
    public static RedisReply SimpleString(string text) => new(RedisReplyKind.SimpleString, 0, Encoding.UTF8.GetBytes(text), null);

    /// <summary>Creates an error reply.</summary>
    public static RedisReply Error(string message) => new(RedisReplyKind.Error, 0, Encoding.UTF8.GetBytes(message), null);

    /// <summary>Creates an integer reply.</summary>
    public static RedisReply FromInteger(long value) => new(RedisReplyKind.Integer, value, null, null);

    /// <summary>Creates a bulk string reply (null gives <see cref="NullBulkString"/>); the array is kept, not copied.</summary>
    public static RedisReply BulkString(byte[]? bytes) => bytes is null ? NullBulkString : new(RedisReplyKind.BulkString, 0, bytes, null);

    /// <summary>Creates an array reply (null gives <see cref="NullArray"/>); the array is kept, not copied.</summary>
    public static RedisReply Array(RedisReply[]? elements) => elements is null ? NullArray : new(RedisReplyKind.Array, 0, null, elements);

    internal static RedisReply SimpleString(byte[] bytes) => new(RedisReplyKind.SimpleString, 0, bytes, null);

    internal static RedisReply Error(byte[] bytes) => new(RedisReplyKind.Error, 0, bytes, null);

    /// <summary>
    /// The reply as text: UTF-8 of a simple string, error or bulk string; the decimal form of an integer; null for
    /// the nulls and for arrays.
    /// </summary>
    public string? AsString() => Kind switch
    {
        RedisReplyKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        RedisReplyKind.Array => null,
        _ => _bytes is null ? null : Encoding.UTF8.GetString(_bytes),
    };

    /// <summary>The bytes of a simple string, error or bulk string (the reply's own array: do not modify); null otherwise.</summary>
    public byte[]? AsBytes() => Kind == RedisReplyKind.Integer ? Encoding.ASCII.GetBytes(AsString()!) : _bytes;

    /// <summary>The reply as a 64-bit integer: an integer reply, or a string reply holding one.</summary>
    /// <exception cref="RedisProtocolException">The reply is not an integer.</exception>
    public long AsInt64()
    {
        if (Kind == RedisReplyKind.Integer)
        {
            return Integer;
        }

        if (Kind is RedisReplyKind.BulkString or RedisReplyKind.SimpleString && _bytes is not null
            && long.TryParse(_bytes, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new RedisProtocolException($"Expected an integer reply, got {this}.");
    }

    /// <summary>The kind and size of the reply (never its content, which may be a cached value).</summary>
    public override string ToString() => Kind switch
    {
        RedisReplyKind.Integer => "integer",
        RedisReplyKind.Array => IsNull ? "null array" : $"array of {Elements.Count}",
        RedisReplyKind.BulkString => IsNull ? "null bulk string" : $"bulk string of {Bytes.Length} bytes",
        RedisReplyKind.Error => "error",
        _ => $"simple string of {Bytes.Length} bytes",
    };
}
