using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>A resource whose <c>resourceType</c> this subset does not model; only its common elements are kept.</summary>
public sealed record UnknownResource : Resource
{
    /// <summary>The resource type name read from the JSON.</summary>
    [JsonIgnore]
    public string TypeName { get; init; } = "";

    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public override string ResourceType => TypeName;
}
