using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR R4 <c>Organization</c>: one of ECLAIRE's three authorities, <c>ansm</c>, <c>ctis</c>, <c>eudract</c>.</summary>
public sealed record Organization : Resource
{
    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public override string ResourceType => "Organization";

    /// <summary>Business identifiers.</summary>
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    /// <summary>Whether the organization's record is in active use.</summary>
    public bool? Active { get; init; }

    /// <summary>Kind of organization.</summary>
    public IReadOnlyList<CodeableConcept>? Type { get; init; }

    /// <summary>Name of the organization.</summary>
    public string? Name { get; init; }

    /// <summary>Contact details (ECLAIRE: the web site, system <c>url</c>).</summary>
    public IReadOnlyList<ContactPoint>? Telecom { get; init; }

    /// <summary>Addresses.</summary>
    public IReadOnlyList<Address>? Address { get; init; }
}
