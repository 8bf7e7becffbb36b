namespace Gateway.GraphQL.DataLoader;

/// <summary>A batch loader defined by a delegate (for loaders declared inline in a resolver).</summary>
public sealed class FuncBatchDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IBatchScheduler scheduler,
    DataLoaderOptions? options = null)
    : BatchDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}
