using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Reads JSON (variables, the conformance runner's data) into the plain values the engine works with:
/// null, bool, string, numbers (long when integral and in range, else double), lists and
/// insertion-ordered string-keyed dictionaries.
/// </summary>
public static class JsonInput
{
    public static object? ToPlainValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dictionary = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // As in JavaScript, a repeated key keeps its last value.
                    dictionary[ReadName(property)] = ToPlainValue(property.Value);
                }

                return dictionary;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlainValue(item));
                }

                return list;
            case JsonValueKind.String:
                return GetString(element);
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? integer : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>
    /// The value of a JSON string. JSON allows escaped lone surrogates (<c>"\ud800"</c>), which JavaScript
    /// reads as they are but <see cref="JsonElement.GetString"/> refuses: such text is decoded by hand.
    /// </summary>
    public static string GetString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return DecodeLeadingString(element.GetRawText());
        }
    }

    private static string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return DecodeLeadingString(property.ToString()); // the raw text, from the name's opening quote
        }
    }

    /// <summary>
    /// Decodes the JSON string token that starts <paramref name="raw"/> (already validated by the JSON
    /// reader), keeping lone surrogates as UTF-16 code units as JavaScript does.
    /// </summary>
    internal static string DecodeLeadingString(string raw)
    {
        var builder = new System.Text.StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = raw[++i];
            switch (escaped)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)int.Parse(raw.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(escaped); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads a JSON object of variables; null for JSON null or absent.</summary>
    public static IReadOnlyDictionary<string, object?>? ToVariables(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>)ToPlainValue(element)! : null;
}
