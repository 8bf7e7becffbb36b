using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Posos.Json;

/// <summary>One GraphQL error as sent; every member is optional here, the mapping decides what is usable.</summary>
internal sealed class GraphQLErrorBody
{
    [JsonPropertyName("message")]
    public JsonElement? Message { get; set; }

    [JsonPropertyName("locations")]
    public List<GraphQLLocationBody?>? Locations { get; set; }

    [JsonPropertyName("path")]
    public List<JsonElement>? Path { get; set; }

    [JsonPropertyName("extensions")]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
