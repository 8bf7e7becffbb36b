using System.Buffers;
using System.Buffers.Text;

namespace Gateway.Caching.Redis.Protocol;

/// <summary>
/// Reads RESP2 replies from bytes that may arrive in pieces. <see cref="TryRead"/> either consumes one whole reply or
/// reports that more bytes are needed (the caller then keeps the bytes and tries again when more arrive).
/// </summary>
internal static class RespParser
{
    /// <summary>Deepest nesting of arrays accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest bulk string accepted (Redis's own limit).</summary>
    public const long MaxBulkLength = 512L * 1024 * 1024;

    /// <summary>Longest element count accepted for one array.</summary>
    public const long MaxArrayLength = 64L * 1024 * 1024;

    /// <summary>Longest header line (type byte excluded) before the reply is judged invalid.</summary>
    private const int MaxLineLength = 64 * 1024;

    private static ReadOnlySpan<byte> Crlf => "\r\n"u8;

    /// <summary>
    /// Reads one complete reply. Returns false, with <paramref name="reader"/> at an unspecified position, when the
    /// bytes end before the reply does.
    /// </summary>
    /// <exception cref="RedisProtocolException">The bytes are not RESP2.</exception>
    public static bool TryRead(ref SequenceReader<byte> reader, out RedisReply reply) => TryRead(ref reader, 0, out reply);

    private static bool TryRead(ref SequenceReader<byte> reader, int depth, out RedisReply reply)
    {
        reply = RedisReply.NullBulkString;
        if (!reader.TryRead(out var type))
        {
            return false;
        }

        switch (type)
        {
            case (byte)'+':
                if (!TryReadLine(ref reader, out var status))
                {
                    return false;
                }

                reply = RedisReply.SimpleString(status.ToArray());
                return true;

            case (byte)'-':
                if (!TryReadLine(ref reader, out var error))
                {
                    return false;
                }

                reply = RedisReply.Error(error.ToArray());
                return true;

            case (byte)':':
                if (!TryReadInteger(ref reader, out var integer))
                {
                    return false;
                }

                reply = RedisReply.FromInteger(integer);
                return true;

            case (byte)'$':
                return TryReadBulk(ref reader, out reply);

            case (byte)'*':
                return TryReadArray(ref reader, depth, out reply);

            default:
                throw new RedisProtocolException($"Redis sent a reply starting with byte 0x{type:X2}, which is not a RESP2 type.");
        }
    }

    private static bool TryReadBulk(ref SequenceReader<byte> reader, out RedisReply reply)
    {
        reply = RedisReply.NullBulkString;
        if (!TryReadInteger(ref reader, out var length))
        {
            return false;
        }

        if (length == -1)
        {
            return true;
        }

        if (length is < -1 or > MaxBulkLength)
        {
            throw new RedisProtocolException($"Redis sent a bulk string length of {length}.");
        }

        if (reader.Remaining < length + 2)
        {
            return false;
        }

        var bytes = length == 0 ? [] : new byte[length];
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        if (!reader.IsNext(Crlf, advancePast: true))
        {
            throw new RedisProtocolException("Redis sent a bulk string not followed by CRLF.");
        }

        reply = RedisReply.BulkString(bytes);
        return true;
    }

    private static bool TryReadArray(ref SequenceReader<byte> reader, int depth, out RedisReply reply)
    {
        reply = RedisReply.NullArray;
        if (!TryReadInteger(ref reader, out var count))
        {
            return false;
        }

        if (count == -1)
        {
            return true;
        }

        if (count is < -1 or > MaxArrayLength)
        {
            throw new RedisProtocolException($"Redis sent an array length of {count}.");
        }

        if (depth >= MaxDepth)
        {
            throw new RedisProtocolException($"Redis sent arrays nested deeper than {MaxDepth}.");
        }

        // Every element takes at least 3 bytes ("+\r\n"): a count past what is buffered needs more bytes.
        if (count * 3 > reader.Remaining)
        {
            return false;
        }

        var elements = count == 0 ? [] : new RedisReply[count];
        for (var i = 0; i < elements.Length; i++)
        {
            if (!TryRead(ref reader, depth + 1, out elements[i]))
            {
                return false;
            }
        }

        reply = RedisReply.Array(elements);
        return true;
    }

    private static bool TryReadInteger(ref SequenceReader<byte> reader, out long value)
    {
        value = 0;
        if (!TryReadLine(ref reader, out var line))
        {
            return false;
        }

        Span<byte> digits = stackalloc byte[24];
        if (line.Length is 0 or > 21)
        {
            throw new RedisProtocolException("Redis sent an invalid integer.");
        }

        line.CopyTo(digits);
        var text = digits[..(int)line.Length];
        if (!Utf8Parser.TryParse(text, out value, out var consumed) || consumed != text.Length)
        {
            throw new RedisProtocolException("Redis sent an invalid integer.");
        }

        return true;
    }

    private static bool TryReadLine(ref SequenceReader<byte> reader, out ReadOnlySequence<byte> line)
    {
        if (reader.TryReadTo(out line, Crlf, advancePastDelimiter: true))
        {
            return true;
        }

        if (reader.Remaining > MaxLineLength)
        {
            throw new RedisProtocolException($"Redis sent a line longer than {MaxLineLength} bytes.");
        }

        return false;
    }
}
