using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Posos.Json;

/// <summary>A GraphQL response: <c>{"data", "errors", "extensions"}</c>.</summary>
internal sealed class GraphQLResponseBody
{
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    [JsonPropertyName("errors")]
    public List<GraphQLErrorBody?>? Errors { get; set; }

    [JsonPropertyName("extensions")]
    public JsonElement? Extensions { get; set; }
}
