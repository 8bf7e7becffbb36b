using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Caching;

/// <summary>
/// SHA-256 as lower-case hex (64 characters): the same input gives the same hash in every process, version and
/// machine (unlike <see cref="string.GetHashCode()"/>), so it can name cache entries shared through Redis.
/// </summary>
public static class StableHash
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sha256Hex(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// The hash of several parts, each framed by its length (and null told apart from empty), so that different
    /// splits of the same characters never collide: ("ab", "c") and ("a", "bc") differ.
    /// </summary>
    public static string OfParts(params ReadOnlySpan<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            if (part is null)
            {
                BinaryPrimitives.WriteInt32LittleEndian(length, -1);
                hash.AppendData(length);
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(part);
            BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
