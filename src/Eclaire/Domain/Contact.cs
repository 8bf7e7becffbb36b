namespace Gateway.Eclaire.Domain;

/// <summary>A study contact (<c>ResearchStudy.contact</c>).</summary>
public sealed record Contact
{
    /// <summary>Public, scientific (sponsor / depositor) or unspecified.</summary>
    public ContactType Type { get; init; }

    /// <summary>The raw type code (<c>PUB</c>, <c>SCI</c>), null when absent.</summary>
    public string? TypeCode { get; init; }

    /// <summary>The organization's name (ECLAIRE fills <c>name</c> for the sponsor contact).</summary>
    public string? Organization { get; init; }

    /// <summary>Family name (<c>eclaire-contact-name</c>).</summary>
    public string? FamilyName { get; init; }

    /// <summary>Given names (<c>eclaire-contact-name</c>).</summary>
    public IReadOnlyList<string> GivenNames { get; init; } = [];

    /// <summary>Affiliation (<c>eclaire-contact-affiliation</c>), when sent.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Address (<c>eclaire-contact-address</c>), when sent.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>First phone number with a value.</summary>
    public string? Phone { get; init; }

    /// <summary>First email address with a value.</summary>
    public string? Email { get; init; }
}
