using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>AssociatedCondition</c>.</summary>
[GraphQLDescription("A condition associated with an alert's main condition (Posos `AssociatedCondition`, « condition associée »), with its modifiers and codes.")]
internal sealed class AssociatedCondition(JsonElement source)
{
    [GraphQLDescription("Its name (« désignation »).")]
    public string? GetDesignation(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("What qualifies it (« modificateurs »).")]
    public IReadOnlyList<string?>? GetModifiers(IResolverContext context) => PososFieldValues.Strings(source, context);

    [GraphQLDescription("Its codes (« codes »).")]
    public IReadOnlyList<PososCoding?>? GetCodings(IResolverContext context) => PososFieldValues.Objects(source, context, value => new PososCoding(value));
}
