namespace Gateway.Caching.RateLimiting;

/// <summary>Waiting on top of <see cref="IRateBudget.TryAcquireAsync"/>.</summary>
public static class RateBudgetExtensions
{
    /// <summary>
    /// Takes the permits, waiting (in steps of the bucket's retry-after) for at most <paramref name="maxWait"/> in
    /// all; fails at once when the first answer already says the wait would be longer. Another instance may take the
    /// refilled tokens first, so one call may wait more than once, always within the bound.
    /// </summary>
    /// <exception cref="RateBudgetExceededException">The permits would not be there within <paramref name="maxWait"/>.</exception>
    public static async ValueTask<RateBudgetDecision> AcquireAsync(
        this IRateBudget budget,
        string bucketKey,
        int permits,
        int capacity,
        double refillPerSecond,
        TimeSpan maxWait,
        TimeProvider timeProvider,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWait, TimeSpan.Zero);
        var started = timeProvider.GetTimestamp();
        while (true)
        {
            var decision = await budget.TryAcquireAsync(bucketKey, permits, capacity, refillPerSecond, cancellationToken).ConfigureAwait(false);
            if (decision.Acquired)
            {
                return decision;
            }

            var waited = timeProvider.GetElapsedTime(started);
            if (waited + decision.RetryAfter > maxWait)
            {
                throw new RateBudgetExceededException(
                    $"The rate budget '{bucketKey}' is spent; permits return in {decision.RetryAfter.TotalMilliseconds:0} ms, past the {maxWait.TotalMilliseconds:0} ms wait allowed.")
                {
                    RetryAfter = decision.RetryAfter,
                    BucketKey = bucketKey,
                };
            }

            await Task.Delay(decision.RetryAfter, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
