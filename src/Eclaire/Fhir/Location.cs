using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR R4 <c>Location</c>: an ECLAIRE investigator site (<c>&lt;study&gt;-&lt;i&gt;-site</c>).</summary>
public sealed record Location : Resource
{
    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public override string ResourceType => "Location";

    /// <summary>Business identifiers.</summary>
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    /// <summary>active | suspended | inactive.</summary>
    public string? Status { get; init; }

    /// <summary>Name of the organism hosting the site.</summary>
    public string? Name { get; init; }

    /// <summary>Additional details about the location.</summary>
    public string? Description { get; init; }

    /// <summary>Contact details: email, phone, and an <c>other</c> entry carrying the contact's name.</summary>
    public IReadOnlyList<ContactPoint>? Telecom { get; init; }

    /// <summary>Physical location; <c>line[1]</c> is the service.</summary>
    public Address? Address { get; init; }

    /// <summary>Organization responsible for the location.</summary>
    public Reference? ManagingOrganization { get; init; }
}
