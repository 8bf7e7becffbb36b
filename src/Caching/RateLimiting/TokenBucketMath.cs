namespace Gateway.Caching.RateLimiting;

/// <summary>Argument checks and arithmetic shared by the Redis script's callers and the local buckets.</summary>
internal static class TokenBucketMath
{
    public static void Validate(string bucketKey, int permits, int capacity, double refillPerSecond)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucketKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permits, capacity);
        if (!(refillPerSecond > 0) || double.IsInfinity(refillPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(refillPerSecond), "The refill rate must be positive.");
        }
    }

    /// <summary>Time for <paramref name="missing"/> tokens to refill, rounded up to the microsecond.</summary>
    public static TimeSpan TimeToRefill(double missing, double refillPerSecond) =>
        missing <= 0 ? TimeSpan.Zero : TimeSpan.FromMicroseconds(Math.Ceiling(missing * 1_000_000 / refillPerSecond));
}
