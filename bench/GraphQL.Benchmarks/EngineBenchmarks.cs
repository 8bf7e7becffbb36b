using BenchmarkDotNet.Attributes;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>
/// Parse, validate and execute for the full introspection query and for a 50-field query with
/// fragments: the same documents bench/graphql-js/bench.mjs times with graphql-js.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _fiftyFields = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkDocuments.BuildSchema();
        _executor = new RequestExecutor(_schema, new RequestExecutorOptions { Validate = null });
        _introspection = GraphQLParser.Parse(BenchmarkDocuments.Introspection);
        _fiftyFields = GraphQLParser.Parse(BenchmarkDocuments.FiftyFields);
    }

    [Benchmark]
    public DocumentNode ParseIntrospection() => GraphQLParser.Parse(BenchmarkDocuments.Introspection);

    [Benchmark]
    public DocumentNode ParseFiftyFields() => GraphQLParser.Parse(BenchmarkDocuments.FiftyFields);

    [Benchmark]
    public Task<ExecutionResult> ExecuteIntrospection() =>
        _executor.ExecuteAsync(new ExecutionRequest { Document = _introspection });

    [Benchmark]
    public Task<ExecutionResult> ExecuteFiftyFields() =>
        _executor.ExecuteAsync(new ExecutionRequest { Document = _fiftyFields, RootValue = BenchmarkDocuments.Data });
}
