using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Eclaire.Fhir;

/// <summary>
/// Reads a <see cref="Resource"/> by looking ahead for its <c>resourceType</c> (the serializer hands custom converters
/// the whole value, so a copy of the reader can scan it), then deserializes it with the concrete type's metadata from
/// the same options (the source-generated context).
/// </summary>
internal sealed class ResourceJsonConverter : JsonConverter<Resource>
{
    public override Resource? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A FHIR resource must be a JSON object.");
        }

        var resourceType = FindResourceType(reader);
        var concrete = resourceType switch
        {
            "ResearchStudy" => typeof(ResearchStudy),
            "Group" => typeof(Group),
            "Location" => typeof(Location),
            "Organization" => typeof(Organization),
            "OperationOutcome" => typeof(OperationOutcome),
            _ => typeof(UnknownResource),
        };

        var typeInfo = options.GetTypeInfo(concrete);
        var resource = (Resource?)JsonSerializer.Deserialize(ref reader, typeInfo);
        return resource is UnknownResource unknown ? unknown with { TypeName = resourceType ?? "" } : resource;
    }

    public override void Write(Utf8JsonWriter writer, Resource value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonTypeInfo typeInfo = options.GetTypeInfo(value.GetType());
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

    private static string? FindResourceType(Utf8JsonReader probe)
    {
        var depth = probe.CurrentDepth;
        while (probe.Read())
        {
            if (probe.TokenType == JsonTokenType.EndObject && probe.CurrentDepth == depth)
            {
                return null;
            }

            if (probe.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isResourceType = probe.ValueTextEquals("resourceType"u8);
            probe.Read();
            if (isResourceType && probe.TokenType == JsonTokenType.String)
            {
                return probe.GetString();
            }

            probe.Skip();
        }

        return null;
    }
}
