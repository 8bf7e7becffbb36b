using System.Text.Json.Serialization;

namespace Gateway.Sandbox.Posos;

/// <summary>The body of <c>GET /autocomplete-api/autocomplete</c>.</summary>
internal sealed record AutocompleteResponse(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("entity_type")] string EntityType,
    [property: JsonPropertyName("candidates")] IReadOnlyList<AutocompleteCandidate> Candidates);
