using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Source</c>.</summary>
[GraphQLDescription("Where an alert comes from (Posos `Source`, « source »).")]
internal sealed class Source(JsonElement source)
{
    [GraphQLDescription("A URL where the source can be read (« URL consultable »), e.g. the RCP on the European Commission's register.")]
    public string? GetUrl(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("Who is responsible for the source (« auteur »), e.g. `RCP`, `ANSM`.")]
    public string? GetAuthor(IResolverContext context) => PososFieldValues.String(source, context);
}
