namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Bundle.link</c>.</summary>
public sealed record BundleLink
{
    /// <summary><c>self</c>, <c>next</c>, ...</summary>
    public string? Relation { get; init; }

    /// <summary>Reference details for the link.</summary>
    public string? Url { get; init; }
}
