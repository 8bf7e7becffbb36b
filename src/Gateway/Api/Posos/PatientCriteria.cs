using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's patient criteria of an alert (its documentation's <c>Patient</c> object).</summary>
[GraphQLDescription("The patient criteria of an alert (Posos's `Patient` object, « critères patients »): the population in which the drug is contraindicated.")]
internal sealed class PatientCriteria(JsonElement source)
{
    [GraphQLDescription("Biological sex (« sexe biologique »).")]
    public Gender? GetGender(IResolverContext context) => PososFieldValues.Enum(source, context, PososEnums.ParseGender);

    [GraphQLDescription("The age groups concerned (« catégories d'âge »).")]
    public IReadOnlyList<AgeGroup?>? GetAgeGroups(IResolverContext context) => PososFieldValues.Enums(source, context, PososEnums.ParseAgeGroup);

    [GraphQLDescription("The treatments concerned (« traitements »).")]
    public IReadOnlyList<Treatment?>? GetConcurrentTreatments(IResolverContext context) => PososFieldValues.Objects(source, context, value => new Treatment(value));

    [GraphQLDescription("The measurements concerned (« critères continus »), e.g. a creatinine clearance below 30 mL/min.")]
    public IReadOnlyList<ContinuousCriterion?>? GetContinuousCriteria(IResolverContext context) => PososFieldValues.Objects(source, context, value => new ContinuousCriterion(value));
}
