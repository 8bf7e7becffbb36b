using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Condition</c>.</summary>
[GraphQLDescription("A medical condition (Posos `Condition`, « condition médicale »): a disease, a terrain such as pregnancy or immunodeficiency, a symptom or an adverse effect.")]
internal sealed class Condition(JsonElement source)
{
    [GraphQLDescription("The condition's name (« nom de la condition »), e.g. `Grossesse`.")]
    public string? GetDesignation(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("Associated conditions (« conditions associées »), concomitant or specifying the main one.")]
    public IReadOnlyList<AssociatedCondition?>? GetAssociatedConditions(IResolverContext context) => PososFieldValues.Objects(source, context, value => new AssociatedCondition(value));

    [GraphQLDescription("What qualifies the condition (« modificateurs »): severity, state, intensity, chronology or location, e.g. `évolutif`.")]
    public IReadOnlyList<string?>? GetModifiers(IResolverContext context) => PososFieldValues.Strings(source, context);

    [GraphQLDescription("Codes of the condition (« codes »): SNOMED CT, ICD-10 (CIM-10), MedDRA, long-term condition (ALD) codes.")]
    public IReadOnlyList<PososCoding?>? GetCodings(IResolverContext context) => PososFieldValues.Objects(source, context, value => new PososCoding(value));
}
