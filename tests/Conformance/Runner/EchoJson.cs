using System.Collections;
using System.Globalization;
using System.Text;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.Conformance.Runner;

/// <summary>
/// JSON text of coerced argument values exactly as JavaScript's <c>JSON.stringify</c> writes it, with
/// object keys sorted: the conformance contract for <c>echo*</c> fields.
/// </summary>
public static class EchoJson
{
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                WriteString(builder, s);
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case Enum e:
                WriteString(builder, e.ToString());
                return;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in dictionary.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    WriteValue(builder, item);
                }

                builder.Append('}');
                return;
            case IEnumerable list:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        builder.Append(',');
                    }

                    firstItem = false;
                    WriteValue(builder, item);
                }

                builder.Append(']');
                return;
        }

        if (JsNumber.TryGetDouble(value, out var number))
        {
            builder.Append(double.IsFinite(number) ? JsNumber.ToString(number) : "null");
            return;
        }

        WriteString(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    // JSON.stringify's escaping: quote, backslash, the short escapes, other controls as \u00XX, lone
    // surrogates as \uXXXX; everything else as is.
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
