using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Common;
using Gateway.Api.Relay;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Groups;

/// <summary>The GraphQL type <c>Group</c>: a view over an ECLAIRE enrollment <c>Group</c> (document section 3).</summary>
[GraphQLDescription("A study's enrollment group (FHIR `Group`; « groupe de participants »): the population a study recruits, its eligibility and judgement criteria and its planned size.")]
[CacheControl(MaxAge = GatewayCacheHints.StudyMaxAge)]
internal sealed class Group(Domain.StudyGroup source) : INode
{
    /// <summary>The group as the ECLAIRE client mapped it.</summary>
    internal Domain.StudyGroup Source { get; } = source;

    [ID]
    [GraphQLDescription("The global id (Relay): base64 of `Group:<eclaireId>`.")]
    public string Id => GlobalId.Encode(nameof(Group), Source.Id);

    [GraphQLDescription("The group's ECLAIRE id: `<study id>-enrollment-group`.")]
    public string EclaireId => Source.Id;

    [GraphQLDescription("The planned number of participants (« taille de l'étude », `quantity`).")]
    public int? PlannedSize => Source.PlannedSize;

    [GraphQLDescription("The genders admitted (« sexe », `grp-gender`).")]
    public IReadOnlyList<AdministrativeGender> Genders => [.. Source.Genders.Select(g => g.ToSchema())];

    [GraphQLDescription("The age ranges admitted (« tranches d'âge », `grp-age`).")]
    public IReadOnlyList<AgeRange> AgeRanges => [.. Source.AgeRanges.Select(a => new AgeRange(a))];

    [GraphQLDescription("The subject groups (« groupes de sujets », `grp-category` display), e.g. `Patient`, `Volontaire sain`.")]
    public IReadOnlyList<string> Categories => Source.Categories;

    [GraphQLDescription("CTIS: the recruitment populations (« population de recrutement », `grp-studypop`), e.g. `using-contraception` « Femmes en âge de procréer utilisant une méthode de contraception ».")]
    public IReadOnlyList<Coding> RecruitmentPopulations => Coding.From(Source.RecruitmentPopulations);

    [GraphQLDescription("JARDE / DM / DM-DIV: whether a vulnerable population is included (« population vulnérable », `grp-studypop`); null when not stated.")]
    public bool? VulnerablePopulation => Source.VulnerablePopulation;

    [GraphQLDescription("Inclusion criteria (« critères d'éligibilité », `grp-other` `eligibility-criteria`, exclude false).")]
    public IReadOnlyList<string> InclusionCriteria => Source.InclusionCriteria;

    [GraphQLDescription("Exclusion criteria (`grp-other` `eligibility-criteria`, exclude true).")]
    public IReadOnlyList<string> ExclusionCriteria => Source.ExclusionCriteria;

    [GraphQLDescription("Primary endpoints (« critère de jugement principal », `grp-other` `judgement-criteria`, exclude false).")]
    public IReadOnlyList<string> PrimaryEndpoints => Source.PrimaryEndpoints;

    [GraphQLDescription("Secondary endpoints (« critères de jugement secondaires », `grp-other` `judgement-criteria`, exclude true).")]
    public IReadOnlyList<string> SecondaryEndpoints => Source.SecondaryEndpoints;

    [GraphQLDescription("`grp-other` criteria ECLAIRE sends without a known description, kept as sent rather than guessed.")]
    public IReadOnlyList<string> OtherCriteria => Source.OtherCriteria;
}
