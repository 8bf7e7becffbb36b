namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR R4 <c>Bundle</c> of type <c>searchset</c>, as ECLAIRE's search returns it.</summary>
public sealed record Bundle
{
    /// <summary>Always <c>Bundle</c>.</summary>
    public string ResourceType { get; init; } = "Bundle";

    /// <summary>Logical id (ECLAIRE sends none).</summary>
    public string? Id { get; init; }

    /// <summary>Metadata (ECLAIRE sends none).</summary>
    public Meta? Meta { get; init; }

    /// <summary><c>searchset</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Exact number of matches (not capped at the 10,000 paging window).</summary>
    public int? Total { get; init; }

    /// <summary><c>self</c> and, when more results exist, <c>next</c>.</summary>
    public IReadOnlyList<BundleLink>? Link { get; init; }

    /// <summary>The studies, then (with <c>_include=*</c>) their Groups, Locations and Organizations.</summary>
    public IReadOnlyList<BundleEntry>? Entry { get; init; }
}
