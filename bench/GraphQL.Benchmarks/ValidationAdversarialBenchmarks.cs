using BenchmarkDotNet.Attributes;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Tests.Validation;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>
/// Validation time of the adversarial documents of the validation tests (parsing excluded), with the
/// default safety limits and with the spec rules alone (graphql-js's behaviour, work budgets included).
/// </summary>
[MemoryDiagnoser]
public class ValidationAdversarialBenchmarks
{
    private Schema _schema = null!;
    private Dictionary<string, DocumentNode> _documents = null!;

    [Params("ManyAliases", "RepeatedField", "NestedFragments", "FragmentCycle", "LargeNestedListArgument", "DeepSelectionDocument")]
    public string Document { get; set; } = "ManyAliases";

    [Params("Default", "Unlimited")]
    public string Options { get; set; } = "Default";

    [GlobalSetup]
    public void Setup()
    {
        _schema = PetsSchema.Schema;
        var parser = ParserOptions.Default with { MaxTokens = 1_000_000 };
        _documents = new Dictionary<string, DocumentNode>(StringComparer.Ordinal)
        {
            ["ManyAliases"] = GraphQLParser.Parse(AdversarialDocuments.ManyAliases()),
            ["RepeatedField"] = GraphQLParser.Parse(AdversarialDocuments.RepeatedField()),
            ["NestedFragments"] = GraphQLParser.Parse(AdversarialDocuments.NestedFragments()),
            ["FragmentCycle"] = GraphQLParser.Parse(AdversarialDocuments.FragmentCycle()),
            ["LargeNestedListArgument"] = GraphQLParser.Parse(AdversarialDocuments.LargeNestedListArgument(), parser),
            ["DeepSelectionDocument"] = AdversarialDocuments.DeepSelectionDocument(),
        };
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() =>
        DocumentValidator.Validate(_schema, _documents[Document], Options == "Default" ? ValidationOptions.Default : ValidationOptions.Unlimited);
}
