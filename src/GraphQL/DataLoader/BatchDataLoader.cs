namespace Gateway.GraphQL.DataLoader;

/// <summary>A batch loader: many keys, one call, one value per key (null when the key is not found).</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/>; keys absent from the result load as null.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue?> results, CancellationToken cancellationToken)
    {
#pragma warning disable CA2007, MA0004 // see DataLoaderBase: continue where the dispatch started
        var values = await LoadBatchAsync(keys, cancellationToken);
#pragma warning restore CA2007, MA0004
        foreach (var (key, value) in values)
        {
            results.Set(key, value);
        }
    }

    protected sealed override TValue? MissingValue(TKey key) => default;
}
