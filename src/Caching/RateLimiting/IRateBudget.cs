namespace Gateway.Caching.RateLimiting;

/// <summary>
/// Token buckets, named by key: a bucket holds at most <c>capacity</c> tokens, refills continuously at
/// <c>refillPerSecond</c>, starts full, and a request takes <c>permits</c> tokens or none. The gateway's
/// implementation (<see cref="SharedRateBudget"/>) keeps the buckets in Redis so several instances share one budget,
/// and falls back to local buckets while Redis is unreachable.
/// </summary>
public interface IRateBudget
{
    /// <summary>Takes <paramref name="permits"/> tokens from the bucket if it has them; never waits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Permits below 1 or above the capacity, or a refill rate that is not positive.</exception>
    ValueTask<RateBudgetDecision> TryAcquireAsync(
        string bucketKey, int permits, int capacity, double refillPerSecond, CancellationToken cancellationToken = default);
}
