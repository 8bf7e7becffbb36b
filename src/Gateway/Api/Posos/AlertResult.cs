using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>
/// Posos's <c>AlertResult</c>, read from Posos's answer (each field by its response key: see <see cref="PososFieldValues"/>).
/// Every field is nullable, as in Posos's schema.
/// </summary>
[GraphQLDescription("A contraindication alert computed by Posos (`AlertResult`, « contre-indication »): a drug of the request, the patient criterion that triggers it, its level and source. Every field is as Posos answers it (nullable, as in Posos's schema).")]
internal sealed class AlertResult(JsonElement source)
{
    [GraphQLDescription("The contraindication's designation (« désignation »): the two triggering groups separated by `<>`, e.g. `Metformine <> Insuffisance rénale sévère`.")]
    public string? GetDesignation(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLName("type")]
    [GraphQLDescription("The type and level of the alert (« type de contre-indication »: `PRECAUTION`, `WARNING`...).")]
    public AlertType? GetAlertType(IResolverContext context) => PososFieldValues.Enum(source, context, PososEnums.ParseAlertType);

    [GraphQLDescription("The medical condition concerned (« condition médicale concernée »).")]
    public Condition? GetCondition(IResolverContext context) => PososFieldValues.Object(source, context, value => new Condition(value));

    [GraphQLDescription("The patient criteria of the contraindication (« critères patients »): gender, age groups, treatments, measurements.")]
    public PatientCriteria? GetPatient(IResolverContext context) => PososFieldValues.Object(source, context, value => new PatientCriteria(value));

    [GraphQLDescription("The warnings (« mises en garde »).")]
    public IReadOnlyList<Warning?>? GetWarnings(IResolverContext context) => PososFieldValues.Objects(source, context, value => new Warning(value));

    [GraphQLDescription("The drug responsible for the contraindication (« médicament responsable »), at the levels Posos knows it. Posos's attribute table and example query name it `drug`, one `Drug`, as here; its example answer shows a list under `drugs`.")]
    public Drug? GetDrug(IResolverContext context) => PososFieldValues.Object(source, context, value => new Drug(value));

    [GraphQLDescription("Additional information to understand the contraindication (« information complémentaire »).")]
    public string? GetComment(IResolverContext context) => PososFieldValues.String(source, context);

    [GraphQLDescription("The source of the contraindication (« source »), e.g. the RCP (summary of product characteristics) or the ANSM.")]
    public Source? GetSource(IResolverContext context) => PososFieldValues.Object(source, context, value => new Source(value));
}
