using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Warning</c>.</summary>
[GraphQLDescription("A warning of an alert (Posos `Warning`, « mise en garde »): the risk and what to do.")]
internal sealed class Warning(JsonElement source)
{
    [GraphQLDescription("The risk (« risque »).")]
    public string? GetRisk(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("What to do (« conduite à tenir »).")]
    public IReadOnlyList<string?>? GetGuidelines(IResolverContext context) => PososFieldValues.Strings(source, context);

    [GraphQLDescription("What qualifies the warning (severity, state, chronology...), as Posos's documented example selects it.")]
    public IReadOnlyList<string?>? GetModifiers(IResolverContext context) => PososFieldValues.Strings(source, context);
}
