namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// Everything a generated study says, as the source record (SI-RIPH2G / CTIS) would: the FHIR writers turn
/// it into the ResearchStudy, its Group, Locations and Organization, and into the raw record shown in
/// <c>text.div</c>. Produced on demand by <see cref="StudyGenerator"/>, never stored.
/// </summary>
internal sealed class StudyContent
{
    public required StudyRecord Record { get; init; }

    /// <summary>The precision code (<c>cat2-jarde</c>, <c>study-ctis</c>, <c>IC-Cas-1</c>...).</summary>
    public required string PrecisionCode { get; init; }

    /// <summary>The precision as the source record writes it (<c>Catégorie 2</c>, <c>IC-Cas 1</c>...).</summary>
    public required string PrecisionSource { get; init; }

    /// <summary><c>Recrutement en attente</c>, <c>Recrutement ouvert</c>, <c>Recrutement fermé</c>, or null.</summary>
    public string? RecruitmentStatusSource { get; init; }

    public required SponsorEntry Sponsor { get; init; }

    public required PersonContact ScientificContact { get; init; }

    public PersonContact? PublicContact { get; init; }

    public required IReadOnlyList<SiteContent> Sites { get; init; }

    public required string Title { get; init; }

    /// <summary>The phase code of the phase-source code system, or null for N/A.</summary>
    public string? PhaseCode { get; init; }

    public required string TherapeuticArea { get; init; }

    public string? DiseaseText { get; init; }

    public required IReadOnlyList<MeddraTerm> Meddra { get; init; }

    public int? Size { get; init; }

    /// <summary>Age bands as the source writes them: <c>0-17 years</c>, <c>18-64 years</c>, <c>65+ years</c>.</summary>
    public required IReadOnlyList<string> AgeRanges { get; init; }

    /// <summary><c>Male</c>, <c>Female</c>, or <c>unknown</c>.</summary>
    public required IReadOnlyList<string> Sexes { get; init; }

    /// <summary><c>groupes_sujet</c>: Patient, Volontaire sain...; null when not given.</summary>
    public string? SubjectGroup { get; init; }

    /// <summary>Recruitment population codes (CTIS studies).</summary>
    public required IReadOnlyList<string> RecruitmentPopulations { get; init; }

    /// <summary>Whether vulnerable populations are excluded (JARDE and device studies); null when not given.</summary>
    public bool? VulnerablePopulationsExcluded { get; init; }

    public DateOnly? RecruitmentStart { get; init; }

    public DateOnly? RecruitmentEnd { get; init; }

    public required IReadOnlyList<DatedEntry> History { get; init; }

    public required IReadOnlyList<DatedEntry> Approvals { get; init; }

    public required DateOnly TheoreticalMaximumAuthorization { get; init; }

    /// <summary>Countries concerned (CTIS): ISO 3166 codes, in order.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public required IReadOnlyList<Criterion> Eligibility { get; init; }

    public required IReadOnlyList<Criterion> Endpoints { get; init; }

    public string? Objectives { get; init; }

    public string? Summary { get; init; }

    public int? ParticipationMonths { get; init; }

    public required IReadOnlyList<SecondaryIdentifier> Identifiers { get; init; }
}
