using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Drug</c>: one drug at the levels Posos knows it.</summary>
[GraphQLDescription("A drug as Posos reports it (`Drug`): its codes at each level Posos knows, with the INN.")]
internal sealed class Drug(JsonElement source)
{
    [GraphQLDescription("The clinical drug (« médicament clinique »): a Posos `MV` code.")]
    public CodingWithInn? GetClinicalDrug(IResolverContext context) => PososFieldValues.Object(source, context, value => new CodingWithInn(value));

    [GraphQLDescription("The branded drug (« spécialité »): a CIS.")]
    public CodingWithInn? GetBrandedDrug(IResolverContext context) => PososFieldValues.Object(source, context, value => new CodingWithInn(value));

    [GraphQLDescription("The packaged drug (« médicament conditionné / présentation »): a CIP13, CIP7, UCD13 or UCD7.")]
    public CodingWithInn? GetPackagedDrug(IResolverContext context) => PososFieldValues.Object(source, context, value => new CodingWithInn(value));
}
