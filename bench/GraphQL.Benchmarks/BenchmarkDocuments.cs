using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>The documents measured, shared with bench/graphql-js/bench.mjs (same files).</summary>
internal static class BenchmarkDocuments
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Documents");

    public static string Schema { get; } = File.ReadAllText(Path.Combine(Folder, "schema.graphql"));

    public static string Introspection { get; } = File.ReadAllText(Path.Combine(Folder, "introspection.graphql"));

    public static string FiftyFields { get; } = File.ReadAllText(Path.Combine(Folder, "fifty-fields.graphql"));

    public static object? Data { get; } = LoadData();

    /// <summary>The benchmark schema, its fields resolved from the JSON data like graphql-js's default resolver.</summary>
    public static Schema BuildSchema() => SchemaBuilder.FromSdl(Schema).UseDefaultFieldResolver(ResolveFromJson).Build();

    private static ValueTask<object?> ResolveFromJson(IResolverContext context) =>
        new(context.Parent is IReadOnlyDictionary<string, object?> parent ? parent.GetValueOrDefault(context.Field.Name) : null);

    private static object? LoadData()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "data.json")));
        return JsonInput.ToPlainValue(document.RootElement);
    }
}
