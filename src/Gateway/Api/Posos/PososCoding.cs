using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Coding</c> (named <c>PososCoding</c> here: <c>Coding</c> is ECLAIRE's FHIR coding).</summary>
[GraphQLDescription("A code in a terminology as Posos sends it (Posos's `Coding`; the schema's `Coding` is ECLAIRE's FHIR coding): SNOMED CT, ICD-10 (CIM-10), MedDRA, long-term condition (ALD) codes...")]
internal sealed class PososCoding(JsonElement source)
{
    [GraphQLDescription("The code, e.g. `77386006`.")]
    public string? GetCode(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("Its label, e.g. `Pregnancy`.")]
    public string? GetLabel(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("The terminology, e.g. `SNOMED_CT`.")]
    public string? GetTerminology(IResolverContext context) => PososFieldValues.String(source, context);
}
