using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

public ref partial struct Utf8GraphQLReader
{
    /// <summary>Resolves the escape sequences of a string's raw content (already validated by the lexer).</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        // Every escape is longer in bytes than in UTF-16 code units, as is every non-ASCII character.
        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var written = 0;
            var position = 0;
            while (position < raw.Length)
            {
                var backslash = raw[position..].IndexOf((byte)'\\');
                var chunkEnd = backslash < 0 ? raw.Length : position + backslash;
                if (chunkEnd > position)
                {
                    written += Encoding.UTF8.GetChars(raw[position..chunkEnd], buffer[written..]);
                }

                if (backslash < 0)
                {
                    break;
                }

                position = chunkEnd + 1;
                var code = raw[position++];
                switch (code)
                {
                    case (byte)'b':
                        buffer[written++] = '\b';
                        break;
                    case (byte)'f':
                        buffer[written++] = '\f';
                        break;
                    case (byte)'n':
                        buffer[written++] = '\n';
                        break;
                    case (byte)'r':
                        buffer[written++] = '\r';
                        break;
                    case (byte)'t':
                        buffer[written++] = '\t';
                        break;
                    case (byte)'u':
                        if (raw[position] == '{')
                        {
                            var point = 0;
                            position++;
                            while (raw[position] != '}')
                            {
                                point = (point << 4) | HexValue(raw[position++]);
                            }

                            position++;
                            written += WriteCodePoint(point, buffer[written..]);
                        }
                        else
                        {
                            buffer[written++] = (char)Hex4(raw, position);
                            position += 4;
                        }

                        break;
                    default:
                        // \" \\ \/
                        buffer[written++] = (char)code;
                        break;
                }
            }

            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Hex4(ReadOnlySpan<byte> raw, int position) =>
        (HexValue(raw[position]) << 12) | (HexValue(raw[position + 1]) << 8) |
        (HexValue(raw[position + 2]) << 4) | HexValue(raw[position + 3]);

    private static int WriteCodePoint(int point, Span<char> destination)
    {
        if (point < 0x10000)
        {
            destination[0] = (char)point;
            return 1;
        }

        destination[0] = (char)(0xD7C0 + (point >> 10));
        destination[1] = (char)(0xDC00 + (point & 0x3FF));
        return 2;
    }
}
