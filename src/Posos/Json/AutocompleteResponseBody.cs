using System.Text.Json.Serialization;

namespace Gateway.Posos.Json;

/// <summary>The body of <c>GET autocomplete-api/autocomplete</c>: <c>{"query", "entity_type", "candidates"}</c>.</summary>
internal sealed class AutocompleteResponseBody
{
    [JsonPropertyName("query")]
    public string? Query { get; set; }

    [JsonPropertyName("entity_type")]
    public string? EntityType { get; set; }

    [JsonPropertyName("candidates")]
    public List<AutocompleteCandidateBody?>? Candidates { get; set; }
}
