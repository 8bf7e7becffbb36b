namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Meta</c>: resource metadata.</summary>
public sealed record Meta
{
    /// <summary>Version specific identifier.</summary>
    public string? VersionId { get; init; }

    /// <summary>When the resource last changed (FHIR instant, kept as the text ECLAIRE sent).</summary>
    public string? LastUpdated { get; init; }

    /// <summary>Where the resource came from.</summary>
    public string? Source { get; init; }

    /// <summary>Profiles the resource claims to conform to.</summary>
    public IReadOnlyList<string>? Profile { get; init; }
}
