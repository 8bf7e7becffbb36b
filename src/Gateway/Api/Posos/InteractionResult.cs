using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>InteractionResult</c>, read from Posos's answer by response key.</summary>
[GraphQLDescription("A drug-drug interaction computed by Posos (`InteractionResult`, « interaction médicamenteuse »): two drugs of the request, the level of the interaction (ANSM thesaurus) and what to do.")]
internal sealed class InteractionResult(JsonElement source)
{
    [GraphQLDescription("The interaction's designation: the two interacting groups separated by `<>`, e.g. `Simvastatine <> Clarithromycine`.")]
    public string? GetDesignation(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLName("type")]
    [GraphQLDescription("The level of the interaction (ANSM thesaurus).")]
    public InteractionType? GetInteractionType(IResolverContext context) => PososFieldValues.Enum(source, context, PososEnums.ParseInteractionType);

    [GraphQLDescription("The warnings (« mises en garde »): the risk and what to do.")]
    public IReadOnlyList<Warning?>? GetWarnings(IResolverContext context) => PososFieldValues.Objects(source, context, value => new Warning(value));

    [GraphQLDescription("One drug of the pair (the right-hand group of the designation).")]
    public Drug? GetRight(IResolverContext context) => PososFieldValues.Object(source, context, value => new Drug(value));

    [GraphQLDescription("The other drug of the pair (the left-hand group of the designation).")]
    public Drug? GetLeft(IResolverContext context) => PososFieldValues.Object(source, context, value => new Drug(value));

    [GraphQLDescription("The source of the interaction, e.g. the ANSM thesaurus.")]
    public Source? GetSource(IResolverContext context) => PososFieldValues.Object(source, context, value => new Source(value));
}
