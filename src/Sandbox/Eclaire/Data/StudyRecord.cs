namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// The compact, always-in-memory part of one study: what searching, sorting, counting and reading by id
/// need. Everything else (texts, contacts, sites, group) is produced on demand from <see cref="Seed"/> by
/// <see cref="StudyGenerator"/>, or comes from <see cref="Verbatim"/> for the studies kept as published.
/// </summary>
internal sealed class StudyRecord
{
    /// <summary>Position in the index (the order documents were indexed; ties in sorts follow it).</summary>
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required Regulation Regulation { get; init; }

    /// <summary>The code of the study's regulation coding (<c>REG536</c>, <c>JARDE</c>...), or null when it has none.</summary>
    public string? RegulationCode { get; init; }

    /// <summary>The FHIR status (<c>active</c>, <c>approved</c>...).</summary>
    public required string Status { get; init; }

    /// <summary>The source status (<c>EN_COURS</c>, <c>A_DEMARRER</c>...); null for verbatim studies.</summary>
    public string? SourceStatus { get; init; }

    /// <summary><c>meta.lastUpdated</c> (midnight UTC), or null when the document has none.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>The organization the study's identifiers point to: <c>ansm</c>, <c>ctis</c> or <c>eudract</c>.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>The number of investigator sites (Location resources <c>&lt;id&gt;-0-site</c>...).</summary>
    public required int SiteCount { get; init; }

    /// <summary>The seed of the generated content (unused for verbatim studies).</summary>
    public ulong Seed { get; init; }

    /// <summary>The published documents, for the studies kept verbatim; null for generated studies.</summary>
    public VerbatimStudy? Verbatim { get; init; }
}
