using System.Text.Json;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>Moves <c>resourceType</c> to the front of a stored document, as the API's Bundle entries show resources.</summary>
internal static class JsonReorder
{
    public static void WriteResourceTypeFirst(Utf8JsonWriter writer, ReadOnlySpan<byte> stored)
    {
        using var document = JsonDocument.Parse(stored.ToArray());
        var root = document.RootElement;
        writer.WriteStartObject();
        if (root.TryGetProperty("resourceType", out var type))
        {
            writer.WritePropertyName("resourceType");
            writer.WriteRawValue(type.GetRawText(), skipInputValidation: true);
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("resourceType"))
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            writer.WriteRawValue(property.Value.GetRawText(), skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    /// <summary>The <c>id</c> of a stored document.</summary>
    public static string? Id(byte[] stored)
    {
        using var document = JsonDocument.Parse(stored);
        return document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }
}
