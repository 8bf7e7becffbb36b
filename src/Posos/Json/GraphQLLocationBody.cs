using System.Text.Json.Serialization;

namespace Gateway.Posos.Json;

/// <summary>A location of a GraphQL error.</summary>
internal sealed class GraphQLLocationBody
{
    [JsonPropertyName("line")]
    public int Line { get; set; }

    [JsonPropertyName("column")]
    public int Column { get; set; }
}
