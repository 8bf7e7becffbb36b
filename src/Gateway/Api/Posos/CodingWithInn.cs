using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>CodingWithInn</c>: a drug code with its INN.</summary>
[GraphQLDescription("A drug code with its international non-proprietary name (Posos `CodingWithInn`).")]
internal sealed class CodingWithInn(JsonElement source)
{
    [GraphQLDescription("The code in its terminology (« code »), e.g. `MV00003202`.")]
    public string? GetCode(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("Its label in the terminology (« libellé »), e.g. `Sitagliptine (phosphate) 50 mg comprimé`.")]
    public string? GetLabel(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("The terminology (« terminologie »): `posos`, `cis`, `cip13`, `cip7`, `ucd13`, `ucd7`.")]
    public string? GetTerminology(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("The INN (« DCI », international non-proprietary name), e.g. `sitagliptine`.")]
    public string? GetInn(IResolverContext context) => PososFieldValues.String(source, context);
}
