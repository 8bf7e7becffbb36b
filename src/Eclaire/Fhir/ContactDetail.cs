namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>ContactDetail</c>: a study contact (name, type and address travel in extensions).</summary>
public sealed record ContactDetail
{
    /// <summary>Extensions: <c>eclaire-contact-name</c>, <c>eclaire-contact-address</c>, <c>eclaire-contact-type</c>, ...</summary>
    public IReadOnlyList<Extension>? Extension { get; init; }

    /// <summary>Name of an individual to contact; ECLAIRE puts the organization's name here for the sponsor contact.</summary>
    public string? Name { get; init; }

    /// <summary>Contact details for the individual or organization.</summary>
    public IReadOnlyList<ContactPoint>? Telecom { get; init; }
}
