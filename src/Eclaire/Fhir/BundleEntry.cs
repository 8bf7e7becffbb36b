namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Bundle.entry</c>.</summary>
public sealed record BundleEntry
{
    /// <summary>URI for the resource (<c>&lt;base&gt;R4/&lt;type&gt;/&lt;id&gt;</c>).</summary>
    public string? FullUrl { get; init; }

    /// <summary>The resource.</summary>
    public Resource? Resource { get; init; }

    /// <summary>Search information (ECLAIRE sends none: match and include entries are told apart by type).</summary>
    public BundleEntrySearch? Search { get; init; }
}
