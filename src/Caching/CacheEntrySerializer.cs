using System.Buffers.Binary;
using System.Text;

namespace Gateway.Caching;

/// <summary>
/// The compact binary form of a <see cref="CacheEntry"/> in Redis: a version byte, stored-at (Unix ms), time to live
/// and grace (ms) as little-endian 64-bit integers, a flags byte (bit 0: has an ETag), the ETag, the header count and
/// each header name and value (UTF-8, each preceded by its length as a 7-bit varint), then the value's bytes to the end.
/// </summary>
internal static class CacheEntrySerializer
{
    public const byte Version = 1;
    private const int FixedSize = 1 + 8 + 8 + 8 + 1;

    public static byte[] Serialize(CacheEntry entry)
    {
        var size = FixedSize + VarIntSize(entry.Headers.Count) + entry.Value.Length;
        if (entry.ETag is not null)
        {
            size += StringSize(entry.ETag);
        }

        foreach (var (name, value) in entry.Headers)
        {
            size += StringSize(name) + StringSize(value);
        }

        var buffer = new byte[size];
        var span = buffer.AsSpan();
        span[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], entry.StoredAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64LittleEndian(span[9..], (long)entry.TimeToLive.TotalMilliseconds);
        BinaryPrimitives.WriteInt64LittleEndian(span[17..], (long)entry.Grace.TotalMilliseconds);
        span[25] = entry.ETag is null ? (byte)0 : (byte)1;
        var position = FixedSize;
        if (entry.ETag is not null)
        {
            position += WriteString(span[position..], entry.ETag);
        }

        position += WriteVarInt(span[position..], entry.Headers.Count);
        foreach (var (name, value) in entry.Headers)
        {
            position += WriteString(span[position..], name);
            position += WriteString(span[position..], value);
        }

        entry.Value.Span.CopyTo(span[position..]);
        return buffer;
    }

    /// <summary>Reads an entry; its value is a slice of <paramref name="data"/> (not copied).</summary>
    /// <exception cref="FormatException">The bytes are not an entry of this version.</exception>
    public static CacheEntry Deserialize(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var span = data.AsSpan();
        if (span.Length < FixedSize || span[0] != Version)
        {
            throw new FormatException("Not a cache entry of version " + Version + ".");
        }

        var storedAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(span[1..]));
        var timeToLive = TimeSpan.FromMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(span[9..]));
        var grace = TimeSpan.FromMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(span[17..]));
        var flags = span[25];
        var position = FixedSize;
        var etag = (flags & 1) != 0 ? ReadString(span, ref position) : null;
        var count = ReadVarInt(span, ref position);
        if (count > span.Length)
        {
            throw new FormatException("Invalid header count.");
        }

        var headers = new Dictionary<string, string>(count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            var name = ReadString(span, ref position);
            headers[name] = ReadString(span, ref position);
        }

        return new CacheEntry
        {
            Value = data.AsMemory(position),
            ETag = etag,
            Headers = headers,
            StoredAt = storedAt,
            TimeToLive = timeToLive,
            Grace = grace,
        };
    }

    private static int StringSize(string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        return VarIntSize(bytes) + bytes;
    }

    private static int WriteString(Span<byte> span, string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        var header = WriteVarInt(span, bytes);
        Encoding.UTF8.GetBytes(text, span[header..]);
        return header + bytes;
    }

    private static string ReadString(ReadOnlySpan<byte> span, ref int position)
    {
        var length = ReadVarInt(span, ref position);
        if (length > span.Length - position)
        {
            throw new FormatException("A string runs past the end.");
        }

        var text = Encoding.UTF8.GetString(span.Slice(position, length));
        position += length;
        return text;
    }

    private static int VarIntSize(int value)
    {
        var size = 1;
        while ((uint)value >= 0x80)
        {
            value = (int)((uint)value >> 7);
            size++;
        }

        return size;
    }

    private static int WriteVarInt(Span<byte> span, int value)
    {
        var unsigned = (uint)value;
        var i = 0;
        while (unsigned >= 0x80)
        {
            span[i++] = (byte)(unsigned | 0x80);
            unsigned >>= 7;
        }

        span[i++] = (byte)unsigned;
        return i;
    }

    private static int ReadVarInt(ReadOnlySpan<byte> span, ref int position)
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= span.Length)
            {
                throw new FormatException("A length runs past the end.");
            }

            var b = span[position++];
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result >= 0 ? result : throw new FormatException("A negative length.");
            }
        }

        throw new FormatException("A length is too long.");
    }
}
