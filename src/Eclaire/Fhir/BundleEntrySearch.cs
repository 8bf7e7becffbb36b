namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Bundle.entry.search</c>.</summary>
public sealed record BundleEntrySearch
{
    /// <summary>match | include | outcome.</summary>
    public string? Mode { get; init; }

    /// <summary>Search ranking.</summary>
    public decimal? Score { get; init; }
}
