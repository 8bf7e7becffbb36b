using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.Upstream;

/// <summary>
/// Reads a JSON string an upstream sent. JSON may escape half a surrogate pair (<c>"\ud800"</c>), which
/// <see cref="JsonElement.GetString"/> refuses with an <see cref="InvalidOperationException"/>; here such a half reads as
/// U+FFFD, the replacement character, and the rest of the text as sent. For the answers of ECLAIRE and Posos, read as
/// <see cref="JsonElement"/> rather than deserialized (the serializer reports such text as a <see cref="JsonException"/>).
/// </summary>
public static class JsonStrings
{
    /// <summary>The string value of <paramref name="value"/> (a JSON string), lone surrogate escapes replaced.</summary>
    public static string Read(JsonElement value)
    {
        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException) when (value.ValueKind == JsonValueKind.String)
        {
            using var repaired = JsonDocument.Parse(ReplaceLoneSurrogateEscapes(value.GetRawText()));
            return repaired.RootElement.GetString() ?? string.Empty;
        }
    }

    /// <summary>The name of <paramref name="property"/>, lone surrogate escapes replaced.</summary>
    public static string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            // The property's raw text is its name as sent (a JSON string), a colon and its value.
            var raw = property.ToString();
            var end = 1;
            while (end < raw.Length && raw[end] != '"')
            {
                end += raw[end] == '\\' ? 2 : 1;
            }

            using var repaired = JsonDocument.Parse(ReplaceLoneSurrogateEscapes(raw[..Math.Min(end + 1, raw.Length)]));
            return repaired.RootElement.GetString() ?? string.Empty;
        }
    }

    // The raw JSON text of a string with every \uXXXX escape of an unpaired surrogate made \uFFFD.
    private static string ReplaceLoneSurrogateEscapes(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                builder.Append(raw[i++]);
                continue;
            }

            if (raw[i + 1] != 'u' || !TryUnit(raw, i, out var unit))
            {
                builder.Append(raw, i, 2);
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && TryUnit(raw, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                builder.Append(raw, i, 12);
                i += 12;
            }
            else if (char.IsSurrogate(unit))
            {
                builder.Append("\\uFFFD");
                i += 6;
            }
            else
            {
                builder.Append(raw, i, 6);
                i += 6;
            }
        }

        return builder.ToString();
    }

    // The code unit of a \uXXXX escape at position start.
    private static bool TryUnit(string raw, int start, out char unit)
    {
        unit = default;
        if (start + 6 > raw.Length || raw[start] != '\\' || raw[start + 1] != 'u'
            || !ushort.TryParse(raw.AsSpan(start + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        unit = (char)code;
        return true;
    }
}
