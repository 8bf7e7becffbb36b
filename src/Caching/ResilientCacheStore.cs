using Microsoft.Extensions.Logging;

namespace Gateway.Caching;

/// <summary>
/// The store the gateway uses: Redis when it is configured and answering, the bounded in-memory store otherwise.
/// A Redis failure turns into the in-memory store's answer (a miss, usually) and counts toward the shared
/// <see cref="RedisCircuitBreaker"/>; while the circuit is open Redis is not called at all. No call ever throws
/// because of the cache: only the caller's own cancellation surfaces. Failures are logged at warning level, with the
/// operation and the reason, never a key's value.
/// </summary>
public sealed class ResilientCacheStore : ICacheStore
{
    private readonly ICacheStore? _redis;
    private readonly MemoryCacheStore _memory;
    private readonly RedisCircuitBreaker _breaker;
    private readonly ILogger _logger;

    /// <summary>Creates the store.</summary>
    /// <param name="redis">The Redis store; null when Redis is not configured (memory only).</param>
    /// <param name="memory">The in-memory store: the fallback, or the only store.</param>
    /// <param name="breaker">The breaker shared with the rate budget.</param>
    /// <param name="logger">Where failures are reported.</param>
    public ResilientCacheStore(ICacheStore? redis, MemoryCacheStore memory, RedisCircuitBreaker breaker, ILogger<ResilientCacheStore> logger)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(breaker);
        ArgumentNullException.ThrowIfNull(logger);
        _redis = redis;
        _memory = memory;
        _breaker = breaker;
        _logger = logger;
    }

    /// <summary>True when Redis is configured (whatever its health).</summary>
    public bool HasRedis => _redis is not null;

    /// <summary>True when calls go to Redis now: it is configured and the circuit is not open.</summary>
    public bool UsesRedis => _redis is not null && _breaker.State == CircuitState.Closed;

    /// <inheritdoc />
    public ValueTask<CacheEntry?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        RunAsync(
            "GET",
            static (store, state, token) => store.GetAsync(state, token),
            key,
            cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<CacheEntry?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        RunAsync(
            "MGET",
            static (store, state, token) => store.GetManyAsync(state, token),
            keys,
            cancellationToken);

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        CacheEntry.ValidateLifetime(timeToLive, grace);
        await RunAsync(
            "SET",
            static async (store, state, token) =>
            {
                await store.SetAsync(state.key, state.entry, state.timeToLive, state.grace, token).ConfigureAwait(false);
                return true;
            },
            (key, entry, timeToLive, grace),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        // The memory copy goes too, whatever Redis says: it may hold an entry stored during an outage.
        var inMemory = await _memory.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        if (_redis is null)
        {
            return inMemory;
        }

        return await RunAsync("UNLINK", static (store, state, token) => store.RemoveAsync(state, token), key, cancellationToken).ConfigureAwait(false)
            || inMemory;
    }

    /// <inheritdoc />
    public async ValueTask<long> RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var inMemory = await _memory.RemoveByPrefixAsync(prefix, cancellationToken).ConfigureAwait(false);
        if (_redis is null)
        {
            return inMemory;
        }

        return inMemory + await RunAsync("SCAN/UNLINK", static (store, state, token) => store.RemoveByPrefixAsync(state, token), prefix, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<TResult> RunAsync<TState, TResult>(
        string operation,
        Func<ICacheStore, TState, CancellationToken, ValueTask<TResult>> call,
        TState state,
        CancellationToken cancellationToken)
    {
        if (_redis is not null && _breaker.TryEnter())
        {
            try
            {
                var result = await call(_redis, state, cancellationToken).ConfigureAwait(false);
                _breaker.RecordSuccess();
                return result;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ArgumentException)
            {
                // The caller's mistake (e.g. a negative grace), not Redis's: reported as such.
                throw;
            }
            catch (Exception exception)
            {
                _breaker.RecordFailure(exception);
                CachingLog.CacheFallback(_logger, operation, exception.GetType().Name, exception.Message);
            }
        }

        return await call(_memory, state, cancellationToken).ConfigureAwait(false);
    }
}
