namespace Gateway.Eclaire.Domain;

/// <summary>
/// A study's enrollment group, mapped from an ECLAIRE <c>Group</c> (document section 3). Characteristics are read by
/// kind; <c>grp-studypop</c> and <c>grp-other</c> follow the description / exclude matrix.
/// </summary>
public sealed record StudyGroup
{
    /// <summary>The group id, <c>&lt;study&gt;-enrollment-group</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The study id, read from <see cref="Id"/>.</summary>
    public string? StudyId { get; init; }

    /// <summary>Whether the group is actual (ECLAIRE: always true).</summary>
    public bool? Actual { get; init; }

    /// <summary>Group type (ECLAIRE: <c>person</c>).</summary>
    public string? Type { get; init; }

    /// <summary>Planned number of participants (<c>quantity</c>).</summary>
    public int? PlannedSize { get; init; }

    /// <summary>Genders (<c>grp-gender</c>).</summary>
    public IReadOnlyList<Gender> Genders { get; init; } = [];

    /// <summary>Age ranges (<c>grp-age</c>).</summary>
    public IReadOnlyList<AgeRange> AgeRanges { get; init; } = [];

    /// <summary>Group categories (<c>grp-category</c> display: "Patient", "Volontaire sain").</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>CTIS recruitment populations (<c>grp-studypop</c>, description <c>recruitment_population</c>).</summary>
    public IReadOnlyList<Coding> RecruitmentPopulations { get; init; } = [];

    /// <summary>
    /// JARDE / DM / DM-DIV vulnerable population (<c>grp-studypop</c>, description <c>vulnerable_population</c>, code
    /// <c>other</c>): true when the characteristic is included (<c>exclude: false</c>), false when excluded; null when absent.
    /// </summary>
    public bool? VulnerablePopulation { get; init; }

    /// <summary>Inclusion criteria (<c>grp-other</c>, <c>eligibility-criteria</c>, exclude false).</summary>
    public IReadOnlyList<string> InclusionCriteria { get; init; } = [];

    /// <summary>Exclusion criteria (<c>grp-other</c>, <c>eligibility-criteria</c>, exclude true).</summary>
    public IReadOnlyList<string> ExclusionCriteria { get; init; } = [];

    /// <summary>Primary endpoints (<c>grp-other</c>, <c>judgement-criteria</c>, exclude false).</summary>
    public IReadOnlyList<string> PrimaryEndpoints { get; init; } = [];

    /// <summary>Secondary endpoints (<c>grp-other</c>, <c>judgement-criteria</c>, exclude true).</summary>
    public IReadOnlyList<string> SecondaryEndpoints { get; init; } = [];

    /// <summary><c>grp-other</c> characteristics with no (or an unknown) description, kept rather than guessed.</summary>
    public IReadOnlyList<string> OtherCriteria { get; init; } = [];
}
