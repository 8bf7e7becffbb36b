namespace Gateway.Eclaire.Domain;

/// <summary>
/// A clinical study, mapped from an ECLAIRE <c>ResearchStudy</c> following the ECLAIRE document (sections 2.4.x) and
/// the API's observed behaviour. Lists are never null (empty when ECLAIRE sends nothing); scalars are null when absent.
/// </summary>
public sealed record Study
{
    /// <summary>The study id: its primary number (EU CT number <c>2022-500014-26-00</c> or RIPH number <c>2021-A01563-38</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Title (translated into French by ECLAIRE for CTIS studies read by id).</summary>
    public string? Title { get; init; }

    /// <summary>Global status; null when ECLAIRE sends a code outside the table.</summary>
    public StudyStatus? Status { get; init; }

    /// <summary>The FHIR status code as sent, e.g. <c>approved</c>.</summary>
    public string? StatusCode { get; init; }

    /// <summary>The French label of <see cref="Status"/>, e.g. <c>À DÉMARRER / PROROGÉE</c>.</summary>
    public string? StatusLabel { get; init; }

    /// <summary>Recruitment status (<c>eclaire-recruitment-status</c>).</summary>
    public RecruitmentStatus? RecruitmentStatus { get; init; }

    /// <summary>The French label of <see cref="RecruitmentStatus"/>, e.g. <c>RECRUTEMENT OUVERT</c>.</summary>
    public string? RecruitmentStatusLabel { get; init; }

    /// <summary>Recruitment start and end (<c>eclaire-recruitment-period</c>); null when neither is known.</summary>
    public Period? RecruitmentPeriod { get; init; }

    /// <summary>Regulation (REG536 CTIS, JARDE, REG745 DM, REG746 DM-DIV).</summary>
    public Regulation? Regulation { get; init; }

    /// <summary>Regulation precision (<c>eclaire-reglementation-precision-code-system</c>), e.g. <c>cat3-jarde</c>, <c>IC-Cas-4-2</c>, <c>study-ctis</c>.</summary>
    public Coding? RegulationPrecision { get; init; }

    /// <summary>CTIS only: true for a low-intervention trial (<c>study-low-inter-ctis</c>), false for a standard one (<c>study-ctis</c>); null otherwise.</summary>
    public bool? LowIntervention { get; init; }

    /// <summary>Research phase (ECLAIRE phase source codes, or HL7 research-study-phase codes).</summary>
    public Coding? Phase { get; init; }

    /// <summary>Conditions: the disease text and the MedDRA terms.</summary>
    public IReadOnlyList<StudyCondition> Conditions { get; init; } = [];

    /// <summary>Therapeutic area (<c>eclaire-therapeutic-area</c>), in French.</summary>
    public string? TherapeuticArea { get; init; }

    /// <summary>Summary (the <c>descriptionSummary</c> extension's markdown).</summary>
    public string? Summary { get; init; }

    /// <summary>Objectives (<c>primaryPurposeType.text</c>).</summary>
    public string? Objective { get; init; }

    /// <summary>The raw <c>description</c>, e.g. <c>La durée de participation est de: 24 mois</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Participation duration read from <see cref="Description"/>, e.g. <c>24 mois</c>.</summary>
    public string? ParticipationDuration { get; init; }

    /// <summary>Participation duration in months, when <see cref="ParticipationDuration"/> is "N mois".</summary>
    public int? ParticipationDurationMonths { get; init; }

    /// <summary>Identifiers: the primary one first as ECLAIRE sends it, then NCT, ISRCTN, UTN, free numbers.</summary>
    public IReadOnlyList<StudyIdentifier> Identifiers { get; init; } = [];

    /// <summary>Contacts (public, scientific/sponsor).</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>Countries concerned (ISO 3166; CTIS studies).</summary>
    public IReadOnlyList<Coding> Countries { get; init; } = [];

    /// <summary>Associated parties (the lead sponsor).</summary>
    public IReadOnlyList<StudyParty> Parties { get; init; } = [];

    /// <summary>Last update (<c>meta.lastUpdated</c>): latest of the history and MS/MNS approval dates.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Review date (<c>eclaire-review-date</c>), when sent.</summary>
    public DateTimeOffset? ReviewDate { get; init; }

    /// <summary>Id of the enrollment group, <c>&lt;study&gt;-enrollment-group</c> (read it with <c>GetGroupAsync</c>).</summary>
    public string? GroupId { get; init; }

    /// <summary>Ids of the investigator sites, <c>&lt;study&gt;-&lt;i&gt;-site</c> (read them with <c>GetSiteAsync</c>).</summary>
    public IReadOnlyList<string> SiteIds { get; init; } = [];

    /// <summary>The responsible organization: <c>ansm</c>, <c>ctis</c> or <c>eudract</c> (document 5.3).</summary>
    public string? OrganizationId { get; init; }
}
