using Gateway.Caching.RateLimiting;
using Gateway.Eclaire;
using Gateway.Eclaire.Resilience;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// ECLAIRE's outbound budget shared by every gateway instance through Redis: one token bucket (<see cref="IRateBudget"/>,
/// a Lua script on the server's clock) under the key <c>eclaire</c>. It holds a burst of at most 10 and refills at
/// (PermitsPerMinute − burst) / 60 a second, so no 60-second span lets more than <c>Eclaire:RateLimit:PermitsPerMinute</c>
/// through, all instances together. While Redis is away each instance falls back to a local bucket of
/// <c>Caching:RateBudget:LocalFallbackShare</c> of it. A request waits at most <c>Eclaire:RateLimit:MaxQueueWait</c>.
/// Registered instead of the process-local limiter when <c>Redis:Configuration</c> is set.
/// </summary>
internal sealed class SharedEclaireRateLimiter(IRateBudget budget, IOptions<EclaireOptions> options, TimeProvider timeProvider) : IEclaireRateLimiter
{
    /// <summary>The bucket's key (under <c>Caching:KeyPrefix</c> + <c>rate:</c> in Redis).</summary>
    public const string BucketKey = "eclaire";

    /// <summary>The most permits the bucket holds at once.</summary>
    public const int MaxBurst = 10;

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        var rate = options.Value.RateLimit;
        var (burst, refill) = Bucket(rate.PermitsPerMinute);
        try
        {
            await budget.AcquireAsync(BucketKey, 1, burst, refill, rate.MaxQueueWait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (RateBudgetExceededException exception)
        {
            throw new EclaireRateLimitedException("The shared ECLAIRE budget is spent.", exception)
            {
                RetryAfter = exception.RetryAfter,
                FromUpstream = false,
            };
        }
    }

    /// <summary>The bucket for a per-minute budget: a burst of at most 10 (half the budget for small ones), the rest spread over the minute.</summary>
    internal static (int Burst, double RefillPerSecond) Bucket(int permitsPerMinute)
    {
        var burst = Math.Clamp(permitsPerMinute / 2, 1, MaxBurst);
        return (burst, Math.Max(permitsPerMinute - burst, 1) / 60.0);
    }
}
