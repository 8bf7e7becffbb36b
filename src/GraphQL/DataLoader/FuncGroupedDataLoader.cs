namespace Gateway.GraphQL.DataLoader;

/// <summary>A group loader defined by a delegate.</summary>
public sealed class FuncGroupedDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    IBatchScheduler scheduler,
    DataLoaderOptions? options = null)
    : GroupedDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}
