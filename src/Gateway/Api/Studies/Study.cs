using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Common;
using Gateway.Api.Relay;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Studies;

/// <summary>
/// The GraphQL type <c>Study</c>: a view over an ECLAIRE <c>ResearchStudy</c> (document sections 2.4.1 to 2.4.13).
/// Its relations (<c>group</c>, <c>sites</c>, <c>organization</c>) are resolved by <see cref="StudyResolvers"/>.
/// </summary>
[GraphQLDescription("A clinical study registered in ECLAIRE (FHIR `ResearchStudy`; « étude »), from the French SI-RIPH2G or the European CTIS portal.")]
[CacheControl(MaxAge = GatewayCacheHints.StudyMaxAge)]
internal sealed class Study(Domain.Study source) : INode
{
    /// <summary>The study as the ECLAIRE client mapped it.</summary>
    internal Domain.Study Source { get; } = source;

    [ID]
    [GraphQLDescription("The global id (Relay): base64 of `Study:<eclaireId>`. Opaque: `study(id:)` and `node(id:)` take it.")]
    public string Id => GlobalId.Encode(nameof(Study), Source.Id);

    [GraphQLDescription("The study's ECLAIRE id (`id`): its primary number, EU CT number (`2022-500014-26-00`) or RIPH number (`2021-A01563-38`). `study(id:)` takes it too.")]
    public string EclaireId => Source.Id;

    [GraphQLDescription("The title (« titre »), always in French: ECLAIRE translates CTIS titles with DeepL.")]
    public string? Title => Source.Title;

    [GraphQLDescription("The regulation (« code réglementation », `category`); null when ECLAIRE sends none.")]
    public Regulation? Regulation => Source.Regulation?.ToSchema();

    [GraphQLDescription("The regulation code as sent: `REG536` (CTIS), `JARDE`, `REG745` (DM) or `REG746` (DM-DIV).")]
    public string? RegulationCode => Source.Regulation is { } regulation ? Domain.RegulationExtensions.ToCode(regulation) : null;

    [GraphQLDescription("The regulation precision (« précision réglementation », `eclaire-reglementation-precision-code-system`), e.g. `study-ctis` « un essai clinique (CTIS) », `cat3-jarde`.")]
    public Coding? RegulationPrecision => Source.RegulationPrecision is { } precision ? Coding.From(precision) : null;

    [GraphQLDescription("CTIS only: true for a low-intervention trial (« essai clinique à faible intervention »), false for a standard one; null for other regulations.")]
    public bool? LowIntervention => Source.LowIntervention;

    [GraphQLDescription("The global status (« statut »); null when ECLAIRE sends a code outside the documented table (see `statusCode`).")]
    public StudyStatus? Status => Source.Status?.ToSchema();

    [GraphQLDescription("The FHIR status code as sent, e.g. `active`.")]
    public string? StatusCode => Source.StatusCode;

    [GraphQLDescription("ECLAIRE's French label of the status, e.g. `EN COURS`, `À DÉMARRER / PROROGÉE`.")]
    public string? StatusLabel => Source.StatusLabel;

    [GraphQLDescription("The recruitment status (« statut de recrutement »).")]
    public RecruitmentStatus? RecruitmentStatus => Source.RecruitmentStatus?.ToSchema();

    [GraphQLDescription("ECLAIRE's French label of the recruitment status, e.g. `RECRUTEMENT OUVERT`.")]
    public string? RecruitmentStatusLabel => Source.RecruitmentStatusLabel;

    [GraphQLDescription("Recruitment start and end (« dates de début et de fin de recrutement », extension `eclaire-recruitment-period`); null when neither is known.")]
    public Period? RecruitmentPeriod => Source.RecruitmentPeriod is { } period ? Period.From(period) : null;

    [GraphQLDescription("The contacts (« contact public », « déposant »).")]
    public IReadOnlyList<Contact> Contacts => [.. Source.Contacts.Select(c => new Contact(c))];

    [GraphQLDescription("The study's numbers (« identifiants »): the primary one first, then NCT, ISRCTN, UTN and free numbers.")]
    public IReadOnlyList<StudyIdentifier> Identifiers => [.. Source.Identifiers.Select(i => new StudyIdentifier(i))];

    [GraphQLDescription("The objectives (« objectif », `primaryPurposeType.text`): primary and secondary objectives with their evaluation criteria, as free text.")]
    public string? Objective => Source.Objective;

    [GraphQLDescription("The summary (« résumé », extension `descriptionSummary`, markdown).")]
    public string? Summary => Source.Summary;

    [GraphQLDescription("The raw `description`, e.g. `La durée de participation est de: 24 mois`.")]
    public string? Description => Source.Description;

    [GraphQLDescription("The participation duration (« durée de participation ») read from `description`, e.g. `24 mois`.")]
    public string? ParticipationDuration => Source.ParticipationDuration;

    [GraphQLDescription("The participation duration in months, when ECLAIRE states it as « N mois ».")]
    public int? ParticipationDurationMonths => Source.ParticipationDurationMonths;

    [GraphQLDescription("The research phase (« phase de recherche »), e.g. `phase-3` « Phase 3 ».")]
    public Coding? Phase => Source.Phase is { } phase ? Coding.From(phase) : null;

    [GraphQLDescription("The conditions studied (« pathologies / maladies rares »): the disease text and the MedDRA terms.")]
    public IReadOnlyList<StudyCondition> Conditions => [.. Source.Conditions.Select(c => new StudyCondition(c))];

    [GraphQLDescription("The therapeutic area (« domaine thérapeutique », extension `eclaire-therapeutic-area`), in French, e.g. `Maladies [C] - Tumeurs [C04]`.")]
    public string? TherapeuticArea => Source.TherapeuticArea;

    [GraphQLDescription("The last update (`meta.lastUpdated`): the most recent of the history and the MS/MNS approval dates (« date d'avis favorable »).")]
    public DateTimeOffset? LastUpdated => Source.LastUpdated;

    [GraphQLDescription("The countries concerned (« pays concernés », `location`, ISO 3166); CTIS studies only.")]
    public IReadOnlyList<Coding> Countries => Coding.From(Source.Countries);

    [GraphQLDescription("The parties associated with the study, typically the lead sponsor (« promoteur »).")]
    public IReadOnlyList<StudyParty> Parties => [.. Source.Parties.Select(p => new StudyParty(p))];
}
