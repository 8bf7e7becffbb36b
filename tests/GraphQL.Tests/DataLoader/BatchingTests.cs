using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.DataLoader;

public class BatchingTests
{
    private sealed class CountingLoader(IBatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
    {
        public static int Calls;
        public static readonly List<int> BatchSizes = [];

        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            lock (BatchSizes)
            {
                BatchSizes.Add(keys.Count);
            }

            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            return keys.ToDictionary(k => k, k => "name-" + k);
        }
    }

    private static Schema BuildSchema(Func<IResolverContext, int, ValueTask<object?>> loadName)
    {
        ObjectType? item = null;
        item = new ObjectType("Item", () =>
        [
            new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)),
            new FieldDefinition("name", BuiltInScalars.String)
            {
                Resolver = context => loadName(context, (int)((Dictionary<string, object?>)context.Parent!)["id"]!),
            },
            new FieldDefinition("other", item!)
            {
                // Asynchronous: the next level's keys are only known once this level's batch returned.
                Resolver = async context =>
                {
                    var id = (int)((Dictionary<string, object?>)context.Parent!)["id"]! + 1000;
                    await loadName(context, id);
                    return new Dictionary<string, object?> { ["id"] = id };
                },
            },
        ]);
        var query = new ObjectType("Query",
        [
            new FieldDefinition("items", new ListType(item))
            {
                Arguments = new DefinitionCollection<InputValueDefinition>([new InputValueDefinition("count", BuiltInScalars.Int)]),
                Resolver = context => new ValueTask<object?>(Enumerable.Range(1, (int)context.Arguments["count"]!)
                    .Select(i => new Dictionary<string, object?> { ["id"] = i }).ToList()),
            },
        ]);
        return new Schema(new SchemaDefinition { Query = query });
    }

    [Fact]
    public async Task Hundred_items_asking_the_same_loader_make_exactly_one_batch_call()
    {
        CountingLoader.Calls = 0;
        CountingLoader.BatchSizes.Clear();
        var schema = BuildSchema(async (context, id) => await context.DataLoaders.GetDataLoader<CountingLoader>().LoadAsync(id, context.CancellationToken));
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ items(count: 100) { id name } }" });

        Assert.Empty(result.Errors);
        Assert.Equal(1, CountingLoader.Calls);
        Assert.Equal([100], CountingLoader.BatchSizes);
        Assert.Contains("\"name\":\"name-100\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_depth_shares_one_batch_and_reuses_keys_loaded_earlier()
    {
        CountingLoader.Calls = 0;
        CountingLoader.BatchSizes.Clear();
        var schema = BuildSchema(async (context, id) => await context.DataLoaders.GetDataLoader<CountingLoader>().LoadAsync(id, context.CancellationToken));
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = "{ items(count: 50) { name other { name other { name } } } }",
        });

        // Depth 1: 50 names and 50 "other" keys; depth 2: the names are cached, 50 new "other" keys;
        // depth 3: every name is cached.
        Assert.Empty(result.Errors);
        Assert.Equal(2, CountingLoader.Calls);
        Assert.Equal([100, 50], CountingLoader.BatchSizes);
    }

    [Fact]
    public async Task Keys_already_loaded_in_the_request_are_not_fetched_again()
    {
        CountingLoader.Calls = 0;
        CountingLoader.BatchSizes.Clear();
        var schema = BuildSchema(async (context, id) => await context.DataLoaders.GetDataLoader<CountingLoader>().LoadAsync(id % 10, context.CancellationToken));
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ a: items(count: 100) { name } b: items(count: 20) { name } }" });

        Assert.Empty(result.Errors);
        Assert.Equal(1, CountingLoader.Calls);
        Assert.Equal([10], CountingLoader.BatchSizes);
    }

    [Fact]
    public async Task A_failing_batch_becomes_an_error_on_each_field_that_needed_it()
    {
        var schema = BuildSchema((context, id) => new ValueTask<object?>(context.DataLoaders
            .GetOrCreate("failing", scheduler => new FuncBatchDataLoader<int, string>((keys, _) => throw new InvalidOperationException("upstream down"), scheduler))
            .LoadAsync(id).ContinueWith(t => (object?)t.Result, TaskScheduler.Default)));
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ items(count: 3) { id name } }" });

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.InternalServerError, e.Code));
        Assert.Equal("{\"id\":1,\"name\":null}", Assert.IsType<ResultMap>(((ResultList)result.Data!["items"]!)[0]).ToJsonForTest());
    }
}
