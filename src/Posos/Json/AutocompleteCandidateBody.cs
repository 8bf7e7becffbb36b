using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Posos.Json;

/// <summary>One autocomplete candidate as sent (the id may come as a string or a number).</summary>
internal sealed class AutocompleteCandidateBody
{
    [JsonPropertyName("id")]
    public JsonElement? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("drug_concept_level")]
    public string? DrugConceptLevel { get; set; }

    [JsonPropertyName("similarity")]
    public double? Similarity { get; set; }
}
