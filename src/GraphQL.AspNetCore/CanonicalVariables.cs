using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// Variables as canonical JSON, for cache keys: object keys sorted (ordinal), no whitespace, numbers as written by
/// <see cref="Utf8JsonWriter"/> (infinities as <c>Infinity</c>), so that the same values give the same text however the
/// client ordered or spaced them.
/// </summary>
internal static class CanonicalVariables
{
    public static string? ToJson(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, variables);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    // A JSON number past double's range (1e400) reads as infinity, which JSON cannot write: its JavaScript
                    // name, unquoted, keeps the key apart from every other value (the request is then refused by coercion).
                    writer.WriteRawValue(double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity", skipInputValidation: true);
                }

                break;
            case JsonElement element:
                Write(writer, Execution.JsonInput.ToPlainValue(element));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
