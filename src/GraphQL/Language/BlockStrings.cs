using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Block strings (<c>"""..."""</c>): the spec's <c>BlockStringValue</c> algorithm that removes indentation, and
/// printing a value as a block string exactly as graphql-js's <c>printBlockString</c> does.
/// </summary>
public static class BlockStrings
{
    /// <summary>
    /// Prints a value as a block string literal, choosing leading and trailing newlines as graphql-js does
    /// (for instance <c>"""text"""</c> for a short single line, and one line per line otherwise).
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        // Lines of the escaped value, split on \r\n, \n and \r.
        var lineCount = 1;
        var everyLaterLineEmptyOrIndented = true;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n')
            {
                i++;
            }

            lineCount++;
            var next = i + 1 < escaped.Length ? escaped[i + 1] : '\0';
            if (i + 1 < escaped.Length && next is not ('\n' or '\r' or ' ' or '\t'))
            {
                everyLaterLineEmptyOrIndented = false;
            }
        }

        var isSingleLine = lineCount == 1;
        var forceLeadingNewLine = lineCount > 1 && everyLaterLineEmptyOrIndented;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline ||
            forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }

    /// <summary>
    /// True when printing the value as a block string and parsing it back gives the value again
    /// (graphql-js's <c>isPrintableAsBlockString</c>, which the schema printer uses for descriptions).
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008':
                case '\u000B':
                case '\u000C':
                case '\u000E':
                case '\u000F':
                case '\r':
                    // Non-printable characters, and \r which would read back as \n.
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // a leading empty line would be removed
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // trailing empty lines would be removed
        }

        return !(hasCommonIndent && seenNonEmptyLine); // common indentation would be removed
    }

    /// <summary>
    /// The spec's <c>BlockStringValue</c> of a block string's raw UTF-8 content: escaped triple quotes resolved,
    /// the common indentation of all lines but the first removed, leading and trailing blank lines dropped,
    /// lines joined with <c>\n</c>.
    /// </summary>
    internal static string Dedent(ReadOnlySpan<byte> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        var lineIndex = 0;
        var position = 0;
        while (true)
        {
            var lineEnd = LineEnd(raw, position);
            var indent = LeadingWhitespace(raw[position..lineEnd]);
            if (indent < lineEnd - position)
            {
                if (firstNonEmpty < 0)
                {
                    firstNonEmpty = lineIndex;
                }

                lastNonEmpty = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            if (lineEnd == raw.Length)
            {
                break;
            }

            position = NextLine(raw, lineEnd);
            lineIndex++;
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var written = 0;
            lineIndex = 0;
            position = 0;
            while (lineIndex <= lastNonEmpty)
            {
                var lineEnd = LineEnd(raw, position);
                if (lineIndex >= firstNonEmpty)
                {
                    if (lineIndex > firstNonEmpty)
                    {
                        buffer[written++] = '\n';
                    }

                    var lineStart = lineIndex == 0 ? position : position + Math.Min(commonIndent, lineEnd - position);
                    written += DecodeLine(raw[lineStart..lineEnd], buffer[written..]);
                }

                if (lineEnd == raw.Length)
                {
                    break;
                }

                position = NextLine(raw, lineEnd);
                lineIndex++;
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

    private static int LineEnd(ReadOnlySpan<byte> raw, int position)
    {
        var offset = raw[position..].IndexOfAny((byte)'\n', (byte)'\r');
        return offset < 0 ? raw.Length : position + offset;
    }

    private static int NextLine(ReadOnlySpan<byte> raw, int lineEnd) =>
        raw[lineEnd] == '\r' && lineEnd + 1 < raw.Length && raw[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

    private static int LeadingWhitespace(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>Decodes one line, turning each <c>\"""</c> into <c>"""</c>.</summary>
    private static int DecodeLine(ReadOnlySpan<byte> line, Span<char> destination)
    {
        var written = 0;
        while (true)
        {
            var escape = line.IndexOf("\\\"\"\""u8);
            var chunk = escape < 0 ? line : line[..escape];
            if (!chunk.IsEmpty)
            {
                written += Encoding.UTF8.GetChars(chunk, destination[written..]);
            }

            if (escape < 0)
            {
                return written;
            }

            destination[written++] = '"';
            destination[written++] = '"';
            destination[written++] = '"';
            line = line[(escape + 4)..];
        }
    }
}
