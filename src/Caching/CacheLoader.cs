using Microsoft.Extensions.Logging;

namespace Gateway.Caching;

/// <summary>
/// Read-through caching over any <see cref="ICacheStore"/>: a fresh entry is returned as is; a miss calls the factory
/// once per key however many callers miss together (<see cref="SingleFlight"/>) and stores its result; a stale entry
/// (within its grace) is returned at once while one background call refreshes it (stale-while-revalidate; if that
/// call fails, the stale entry keeps being served until its grace ends). Store failures count as misses.
/// </summary>
public sealed class CacheLoader
{
    private readonly ICacheStore _store;
    private readonly SingleFlight _flights;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the loader.</summary>
    public CacheLoader(ICacheStore store, SingleFlight flights, TimeProvider timeProvider, ILogger<CacheLoader> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(flights);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _flights = flights;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// The entry under <paramref name="key"/>, made by <paramref name="factory"/> when there is none. The factory's
    /// exceptions reach every caller that waited for it (on a miss); its token is cancelled only when all of them
    /// gave up.
    /// </summary>
    public async Task<CacheLookup> GetOrCreateAsync(string key, Func<CancellationToken, Task<CacheFill>> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        var cached = await TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            if (cached.IsFresh(_time.GetUtcNow()))
            {
                return new CacheLookup(cached, CacheOutcome.Hit);
            }

            _ = RefreshAsync(key, factory);
            return new CacheLookup(cached, CacheOutcome.Stale);
        }

        var made = await _flights.RunAsync(key, token => FillAsync(key, factory, token), cancellationToken).ConfigureAwait(false);
        return new CacheLookup(made, CacheOutcome.Miss);
    }

    private async Task<CacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            CachingLog.StoreFailed(_logger, "GET", exception.GetType().Name, exception.Message);
            return null;
        }
    }

    private async Task RefreshAsync(string key, Func<CancellationToken, Task<CacheFill>> factory)
    {
        try
        {
            await _flights.RunAsync(key, token => FillAsync(key, factory, token), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            CachingLog.RefreshFailed(_logger, exception.GetType().Name);
        }
    }

    private async Task<CacheEntry> FillAsync(string key, Func<CancellationToken, Task<CacheFill>> factory, CancellationToken cancellationToken)
    {
        var fill = await factory(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The cache factory returned null.");
        if (fill.TimeToLive <= TimeSpan.Zero)
        {
            // Not stored: handed to the waiting callers only, already past its (zero) freshness.
            return new CacheEntry { Value = fill.Entry.Value, ETag = fill.Entry.ETag, Headers = fill.Entry.Headers, StoredAt = _time.GetUtcNow() };
        }

        var entry = fill.Entry.WithLifetime(_time.GetUtcNow(), fill.TimeToLive, fill.Grace);
        try
        {
            await _store.SetAsync(key, fill.Entry, fill.TimeToLive, fill.Grace, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not ArgumentException)
        {
            CachingLog.StoreFailed(_logger, "SET", exception.GetType().Name, exception.Message);
        }

        return entry;
    }
}
