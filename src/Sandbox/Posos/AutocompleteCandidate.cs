using System.Text.Json.Serialization;

namespace Gateway.Sandbox.Posos;

/// <summary>One autocomplete candidate: its code (MV, CIS, substance or SNOMED code), name, drug level and similarity to the query.</summary>
internal sealed record AutocompleteCandidate(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("drug_concept_level")] string? DrugConceptLevel,
    [property: JsonPropertyName("similarity")] double Similarity);
