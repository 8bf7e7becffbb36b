using Microsoft.Extensions.Logging;

namespace Gateway.Caching.RateLimiting;

/// <summary>
/// The gateway's <see cref="IRateBudget"/>: the Redis buckets when Redis is configured and answering, shared by every
/// instance; local buckets (scaled by <see cref="RateBudgetOptions.LocalFallbackShare"/>) otherwise. Redis failures
/// count toward the <see cref="RedisCircuitBreaker"/> shared with the cache; while it is open Redis is not asked.
/// Never throws because of Redis.
/// </summary>
public sealed class SharedRateBudget : IRateBudget
{
    private readonly IRateBudget? _redis;
    private readonly LocalRateBudget _local;
    private readonly RedisCircuitBreaker _breaker;
    private readonly double _share;
    private readonly ILogger _logger;

    /// <summary>Creates the budget.</summary>
    /// <param name="redis">The Redis buckets; null when Redis is not configured.</param>
    /// <param name="local">The local buckets.</param>
    /// <param name="breaker">The breaker shared with the cache.</param>
    /// <param name="options">The fallback share.</param>
    /// <param name="logger">Where fallbacks are reported.</param>
    public SharedRateBudget(IRateBudget? redis, LocalRateBudget local, RedisCircuitBreaker breaker, RateBudgetOptions options, ILogger<SharedRateBudget> logger)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(breaker);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.LocalFallbackShare is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "LocalFallbackShare must be in (0, 1].");
        }

        _redis = redis;
        _local = local;
        _breaker = breaker;
        _share = options.LocalFallbackShare;
        _logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask<RateBudgetDecision> TryAcquireAsync(
        string bucketKey, int permits, int capacity, double refillPerSecond, CancellationToken cancellationToken = default)
    {
        TokenBucketMath.Validate(bucketKey, permits, capacity, refillPerSecond);
        if (_redis is not null && _breaker.TryEnter())
        {
            try
            {
                var decision = await _redis.TryAcquireAsync(bucketKey, permits, capacity, refillPerSecond, cancellationToken).ConfigureAwait(false);
                _breaker.RecordSuccess();
                return decision;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                _breaker.RecordFailure(exception);
                CachingLog.RateBudgetFallback(_logger, exception.GetType().Name, exception.Message);
            }
        }

        var localCapacity = Math.Max(permits, (int)Math.Round(capacity * _share));
        return await _local.TryAcquireAsync(bucketKey, permits, localCapacity, refillPerSecond * _share, cancellationToken).ConfigureAwait(false);
    }
}
