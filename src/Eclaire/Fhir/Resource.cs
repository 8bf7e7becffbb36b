using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>
/// A FHIR R4 resource as ECLAIRE returns it (all of ECLAIRE's resources are domain resources: they carry
/// <c>text</c> and <c>extension</c>). The concrete type is chosen from <c>resourceType</c>, wherever it stands in the
/// object (the read endpoints put it last, bundle entries first); unknown types read as <see cref="UnknownResource"/>.
/// </summary>
[JsonConverter(typeof(ResourceJsonConverter))]
public abstract record Resource
{
    /// <summary>The FHIR resource type name, e.g. <c>ResearchStudy</c>.</summary>
    [JsonPropertyOrder(-10)]
    public abstract string ResourceType { get; }

    /// <summary>Logical id of the resource.</summary>
    [JsonPropertyOrder(-9)]
    public string? Id { get; init; }

    /// <summary>Metadata (last update, profiles).</summary>
    public Meta? Meta { get; init; }

    /// <summary>Narrative; ECLAIRE puts the raw source record in <c>text.div</c>.</summary>
    public Narrative? Text { get; init; }

    /// <summary>Extensions on the resource.</summary>
    public IReadOnlyList<Extension>? Extension { get; init; }
}
