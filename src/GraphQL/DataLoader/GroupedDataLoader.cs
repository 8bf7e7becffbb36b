namespace Gateway.GraphQL.DataLoader;

/// <summary>A group loader: many keys, one call, several values per key (empty when none).</summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/>, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue[]> results, CancellationToken cancellationToken)
    {
#pragma warning disable CA2007, MA0004 // see DataLoaderBase: continue where the dispatch started
        var lookup = await LoadGroupedBatchAsync(keys, cancellationToken);
#pragma warning restore CA2007, MA0004
        foreach (var key in keys)
        {
            results.Set(key, lookup[key].ToArray());
        }
    }

    protected sealed override TValue[] MissingValue(TKey key) => [];
}
