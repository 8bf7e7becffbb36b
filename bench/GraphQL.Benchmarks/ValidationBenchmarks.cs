using BenchmarkDotNet.Attributes;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>
/// Validation of the documents bench/graphql-js/bench.mjs validates with graphql-js (ValidateIntrospection,
/// ValidateFiftyFields): the spec rules alone, as graphql-js runs them, and with the default safety limits.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _fiftyFields = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkDocuments.BuildSchema();
        _introspection = GraphQLParser.Parse(BenchmarkDocuments.Introspection);
        _fiftyFields = GraphQLParser.Parse(BenchmarkDocuments.FiftyFields);
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateIntrospection() => DocumentValidator.Validate(_schema, _introspection, ValidationOptions.Unlimited);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateFiftyFields() => DocumentValidator.Validate(_schema, _fiftyFields, ValidationOptions.Unlimited);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateIntrospectionWithLimits() => DocumentValidator.Validate(_schema, _introspection, ValidationOptions.Default);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateFiftyFieldsWithLimits() => DocumentValidator.Validate(_schema, _fiftyFields, ValidationOptions.Default);
}
