namespace Gateway.Eclaire;

/// <summary>
/// A study search (<c>GET R4/ResearchStudy</c>). Every criterion is optional; blank strings are not sent (an empty
/// parameter would make ECLAIRE ignore every parameter after it).
/// </summary>
public sealed record StudySearch
{
    /// <summary>Largest page ECLAIRE serves.</summary>
    public const int MaxCount = 100;

    /// <summary>ECLAIRE's page size when <c>_count</c> is not sent.</summary>
    public const int DefaultCount = 20;

    /// <summary>OpenSearch's result window: offsets stay below it, and the last page is shortened to end in it.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary><c>identifier</c>: exact study id.</summary>
    public string? Identifier { get; init; }

    /// <summary><c>_text</c>: full-text query (Lucene syntax) over every field, the raw record included.</summary>
    public string? Text { get; init; }

    /// <summary><c>_content</c>: same engine as <see cref="Text"/> on ECLAIRE.</summary>
    public string? Content { get; init; }

    /// <summary><c>status</c>: one FHIR status.</summary>
    public Domain.StudyStatus? Status { get; init; }

    /// <summary><c>_lastUpdated</c> conditions, all of which must hold.</summary>
    public IReadOnlyList<LastUpdatedFilter> LastUpdated { get; init; } = [];

    /// <summary><c>_sort</c>.</summary>
    public StudySort? Sort { get; init; }

    /// <summary><c>_count</c>: page size, 1 to 100; ECLAIRE's default (20) when null.</summary>
    public int? Count { get; init; }

    /// <summary><c>_getpagesoffset</c>: index of the first result, below 10,000; 0 when null.</summary>
    public int? Offset { get; init; }

    /// <summary><c>_include=*</c>: also return each study's Group, Locations and Organization.</summary>
    public bool IncludeRelated { get; init; }
}
