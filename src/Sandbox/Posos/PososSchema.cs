using Gateway.Sandbox.Common;
using Gateway.Sandbox.Posos.Engine;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.Sandbox.Posos;

/// <summary>The Posos GraphQL schema (Data/Posos/posos.graphql), built SDL-first with the project's engine, and its resolvers.</summary>
internal static class PososSchema
{
    public static string Sdl { get; } = EmbeddedData.ReadText("Posos/posos.graphql");

    public static Schema Build(Func<PososKnowledge> knowledge, TimeProvider time) =>
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "getContraindications", context =>
            {
                var known = knowledge();
                var drugs = ResolveDrugs(context.Arguments.GetValueOrDefault("drugs"), known);
                var inference = context.Arguments.GetValueOrDefault("snomedInferrence") is true;
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                var patient = PatientProfile.Read(context.Arguments.GetValueOrDefault("patient"), inference, known.Conditions, today);
                var types = Types(context.Arguments.GetValueOrDefault("types"));
                return new ValueTask<object?>(known.Contraindications.Evaluate(drugs, patient, types));
            })
            .AddResolver("Query", "getInteractions", context =>
            {
                var known = knowledge();
                var drugs = ResolveDrugs(context.Arguments.GetValueOrDefault("drugs"), known);
                var types = Types(context.Arguments.GetValueOrDefault("types"));
                return new ValueTask<object?>(known.Interactions.Evaluate(drugs, types));
            })
            .Build();

    private static List<ResolvedDrug> ResolveDrugs(object? drugs, PososKnowledge knowledge) =>
        [.. InputValues.List(drugs)
            .Select(InputValues.Map)
            .OfType<IReadOnlyDictionary<string, object?>>()
            .Select(input => ResolvedDrug.Resolve(input, knowledge.Drugs))
            .OfType<ResolvedDrug>()];

    /// <summary>The <c>types</c> filter; null (no filter) when the argument is absent or null.</summary>
    private static HashSet<string>? Types(object? types) =>
        types is null ? null : new HashSet<string>(InputValues.List(types).Select(InputValues.Text).OfType<string>(), StringComparer.Ordinal);

    /// <summary>An executor over the schema (one per host), validating documents with the spec's rules as a real GraphQL server does.</summary>
    public static RequestExecutor Executor(Schema schema) =>
        new(schema, new RequestExecutorOptions { Validate = DocumentValidator.Using(ValidationOptions.Unlimited) });
}
