namespace Gateway.Eclaire.Domain;

/// <summary>One of ECLAIRE's three responsible organizations, mapped from an ECLAIRE <c>Organization</c> (document section 5).</summary>
public sealed record Organization
{
    /// <summary><c>ansm</c>, <c>ctis</c> or <c>eudract</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name, e.g. "Clinical Trials Information System".</summary>
    public string? Name { get; init; }

    /// <summary>Web site (telecom of system <c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The studies it is responsible for: the rows of the association table naming it.</summary>
    public IReadOnlyList<OrganizationAssociation> Associations { get; init; } = [];
}
