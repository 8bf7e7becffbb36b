using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Treatment</c>.</summary>
[GraphQLDescription("Treatments taken or to be taken (Posos `Treatment`, « traitement »).")]
internal sealed class Treatment(JsonElement source)
{
    [GraphQLDescription("Substances (« ingrédients »).")]
    public IReadOnlyList<string?>? GetIngredients(IResolverContext context) => PososFieldValues.Strings(source, context);

    [GraphQLDescription("Procedures (« procédures », MedDRA).")]
    public IReadOnlyList<string?>? GetProcedures(IResolverContext context) => PososFieldValues.Strings(source, context);

    [GraphQLDescription("Therapeutic classes (« classes thérapeutiques », ATC).")]
    public IReadOnlyList<string?>? GetTherapeuticClasses(IResolverContext context) => PososFieldValues.Strings(source, context);
}
