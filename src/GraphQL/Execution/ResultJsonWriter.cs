using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Writes a response (spec section 7) straight to a <see cref="Utf8JsonWriter"/>: <c>errors</c> first
/// when present (as graphql-js does), then <c>data</c>, then <c>extensions</c>. Floats are written as
/// JavaScript prints them, so the bytes match the reference implementation.
/// </summary>
public static class ResultJsonWriter
{
    private static readonly JsonEncodedText MessageProperty = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsProperty = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText PathProperty = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText ExtensionsProperty = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText LineProperty = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnProperty = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText ErrorsProperty = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataProperty = JsonEncodedText.Encode("data");

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName(ErrorsProperty);
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName(DataProperty);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsProperty);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString(MessageProperty, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(LocationsProperty);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineProperty, location.Line);
                writer.WriteNumber(ColumnProperty, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName(PathProperty);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsProperty);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes any value the engine produces: result nodes, serialized scalars, lists and dictionaries.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                WriteStringValue(writer, s);
                return;
            case ResultMap map:
                WriteMap(writer, map);
                return;
            case ResultList list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValue(writer, list[i]);
                }

                writer.WriteEndArray();
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case short or byte or sbyte or ushort or uint or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    /// <summary>
    /// Writer options for responses: text is escaped only where JSON requires it (no \u escapes for
    /// non-ASCII letters or HTML-sensitive characters: a GraphQL response is not embedded in HTML),
    /// which is what graphql-js sends and is smaller and faster.
    /// </summary>
    /// <remarks>
    /// No nesting limit (the writer's default is 1,000 levels): how deep a response goes is already bounded
    /// by the document's depth and by how deep its JSON inputs could be read, and graphql-js writes any depth.
    /// </remarks>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
        MaxDepth = int.MaxValue,
    };

    /// <summary>The response as UTF-8 JSON text.</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string ToJson(ExecutionResult result) => Encoding.UTF8.GetString(ToUtf8Bytes(result));

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        for (var i = 0; i < map.SlotCount; i++)
        {
            if (!map.IsAbsent(i))
            {
                writer.WritePropertyName(map.KeyAt(i));
                WriteValue(writer, map.ValueAt(i));
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a string value. A string holding a lone surrogate (which JSON input and \\u escapes in
    /// GraphQL strings can produce) is written with it escaped as <c>\\udXXX</c>, as JavaScript's
    /// <c>JSON.stringify</c> does, rather than replaced by U+FFFD.
    /// </summary>
    public static void WriteStringValue(Utf8JsonWriter writer, string value)
    {
        if (!HasLoneSurrogate(value))
        {
            writer.WriteStringValue(value);
            return;
        }

        var builder = new StringBuilder(value.Length + 16).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c) || c < 0x20)
            {
                builder.Append(c switch
                {
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        writer.WriteRawValue(builder.Append('"').ToString(), skipInputValidation: true);
    }

    private static bool HasLoneSurrogate(string value)
    {
        var span = value.AsSpan();
        var index = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0)
        {
            if (!char.IsHighSurrogate(span[index]) || index + 1 >= span.Length || !char.IsLowSurrogate(span[index + 1]))
            {
                return true;
            }

            span = span[(index + 2)..];
            index = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        }

        return false;
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
            return;
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            writer.WriteNumberValue((long)value);
            return;
        }

        writer.WriteRawValue(JsNumber.ToString(value), skipInputValidation: true);
    }
}
