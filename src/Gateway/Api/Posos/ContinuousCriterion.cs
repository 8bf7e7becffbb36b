using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>ContinuousCriterion</c>.</summary>
[GraphQLDescription("A measurement criterion (Posos `ContinuousCriterion`, « critère continu »): a quantity over a range, e.g. the creatinine clearance, the weight.")]
internal sealed class ContinuousCriterion(JsonElement source)
{
    [GraphQLName("type")]
    [GraphQLDescription("What is measured (« type de paramètre biologique »), e.g. `CREATININE_CLEARANCE`.")]
    public string? GetMeasuredType(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("The unit (« unité »).")]
    public string? GetUnit(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("The lower bound (« borne inférieure »).")]
    public double? GetMin(IResolverContext context) => PososFieldValues.Number(source, context);

    [GraphQLDescription("The upper bound (« borne supérieure »).")]
    public double? GetMax(IResolverContext context) => PososFieldValues.Number(source, context);

    [GraphQLDescription("A single value, when Posos gives one.")]
    public double? GetValue(IResolverContext context) => PososFieldValues.Number(source, context);
}
