using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>Printing a value as a quoted GraphQL string literal, exactly as graphql-js's <c>printString</c> does.</summary>
public static class StringValues
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// Prints a value between double quotes, escaping <c>"</c> and <c>\</c>, the control characters U+0000 to
    /// U+001F (as <c>\b \t \n \f \r</c> where those exist, else <c>\u00XX</c>) and U+007F to U+009F; every other
    /// character is kept as is.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        Write(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends the quoted literal of a value to a builder.</summary>
    internal static void Write(StringBuilder builder, string value)
    {
        builder.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || c > 0x9F))
            {
                continue;
            }

            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    break;
            }
        }

        builder.Append(value, chunkStart, value.Length - chunkStart).Append('"');
    }
}
