namespace Gateway.Eclaire.Domain;

/// <summary>An investigator site, mapped from an ECLAIRE <c>Location</c> (document section 4).</summary>
public sealed record Site
{
    /// <summary>The site id, <c>&lt;study&gt;-&lt;i&gt;-site</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The study id, read from <see cref="Id"/>.</summary>
    public string? StudyId { get; init; }

    /// <summary>The site's index within its study (from 0), read from <see cref="Id"/>.</summary>
    public int? Index { get; init; }

    /// <summary>Name of the organism (may be ECLAIRE's placeholder "Donnée non disponible").</summary>
    public string? Name { get; init; }

    /// <summary>All address lines as sent.</summary>
    public IReadOnlyList<string> AddressLines { get; init; } = [];

    /// <summary>Street (<c>address.line[0]</c>).</summary>
    public string? Street { get; init; }

    /// <summary>Department / service (<c>address.line[1]</c>).</summary>
    public string? Service { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country code (e.g. <c>FR</c>).</summary>
    public string? Country { get; init; }

    /// <summary>First email address with a value.</summary>
    public string? Email { get; init; }

    /// <summary>First phone number with a value.</summary>
    public string? Phone { get; init; }

    /// <summary>Investigators named on the site.</summary>
    public IReadOnlyList<SiteContact> Contacts { get; init; } = [];
}
