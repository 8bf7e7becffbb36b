namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// The machinery shared by batch and group loaders: keys asked for before the scheduler dispatches are
/// fetched in one call (split by <see cref="DataLoaderOptions.MaxBatchSize"/>); each key is fetched once
/// per loader instance (one instance per request); values already at hand can be primed with
/// <see cref="Set"/>. Thread-safe.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Lock _sync = new();
    private readonly IBatchScheduler _scheduler;
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private Dictionary<TKey, TaskCompletionSource<TValue>>? _pending;

    protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
    {
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        Options = options ?? DataLoaderOptions.Default;
        KeyComparer = keyComparer ?? EqualityComparer<TKey>.Default;
        _cache = new Dictionary<TKey, Task<TValue>>(KeyComparer);
    }

    public DataLoaderOptions Options { get; }

    /// <summary>How keys compare (default: the key type's equality).</summary>
    protected IEqualityComparer<TKey> KeyComparer { get; }

    /// <summary>The value of one key, fetched with the other keys of the current batch.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool schedule;
        Task<TValue> task;
        lock (_sync)
        {
            if (Options.Caching && _cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            if (_pending is not null && _pending.TryGetValue(key, out var waiting))
            {
                return waiting.Task;
            }

            schedule = _pending is null;
            _pending ??= new Dictionary<TKey, TaskCompletionSource<TValue>>(KeyComparer);
            var source = new TaskCompletionSource<TValue>(TaskCreationOptions.None);
            _pending[key] = source;
            task = source.Task;
            if (Options.Caching)
            {
                _cache[key] = task;
            }
        }

        if (schedule)
        {
            _scheduler.Schedule(() => DispatchAsync(cancellationToken));
        }

        return task;
    }

    /// <summary>The values of several keys, in the order of the keys.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new List<Task<TValue>>(keys.Count);
        foreach (var key in keys)
        {
            tasks.Add(LoadAsync(key, cancellationToken));
        }

        // Resumes where the caller awaited (the executor relies on that to keep batching).
#pragma warning disable CA2007, MA0004
        return await Task.WhenAll(tasks);
#pragma warning restore CA2007, MA0004
    }

    /// <summary>Primes the cache with a value already at hand; an existing entry is kept.</summary>
    public void Set(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_sync)
        {
            if (_pending is not null && _pending.Remove(key, out var waiting))
            {
                waiting.TrySetResult(value);
            }

            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Forgets one key.</summary>
    public void Remove(TKey key)
    {
        lock (_sync)
        {
            _cache.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _cache.Clear();
        }
    }

    /// <summary>
    /// Fetches one batch: <paramref name="keys"/> are distinct; set each key's result through
    /// <paramref name="results"/> (keys left unset get <see cref="MissingValue"/>).
    /// </summary>
    protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return.</summary>
    protected abstract TValue MissingValue(TKey key);

    private async ValueTask DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue>>? batch;
        lock (_sync)
        {
            batch = _pending;
            _pending = null;
        }

        if (batch is null || batch.Count == 0)
        {
            return;
        }

        var keys = batch.Keys.ToArray();
        var size = Math.Max(1, Options.MaxBatchSize);
        for (var offset = 0; offset < keys.Length; offset += size)
        {
            var chunk = offset == 0 && keys.Length <= size ? keys : keys.Skip(offset).Take(size).ToArray();
            var results = new BatchResults<TKey, TValue>(KeyComparer);
            try
            {
                // No ConfigureAwait(false): completing the keys where the dispatch started lets the
                // executor run every waiting resolver before it dispatches the next batches.
#pragma warning disable CA2007, MA0004
                await FetchAsync(chunk, results, cancellationToken);
#pragma warning restore CA2007, MA0004
                foreach (var key in chunk)
                {
                    var source = batch[key];
                    source.TrySetResult(results.TryGet(key, out var value) ? value : MissingValue(key));
                }
            }
            catch (Exception error)
            {
                lock (_sync)
                {
                    foreach (var key in chunk)
                    {
                        // A failed key is not cached: a later request may succeed.
                        _cache.Remove(key);
                    }
                }

                foreach (var key in chunk)
                {
                    if (error is OperationCanceledException canceled)
                    {
                        batch[key].TrySetCanceled(canceled.CancellationToken);
                    }
                    else
                    {
                        batch[key].TrySetException(error);
                    }
                }
            }
        }
    }
}
