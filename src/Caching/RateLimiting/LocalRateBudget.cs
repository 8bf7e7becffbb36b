using System.Collections.Concurrent;

namespace Gateway.Caching.RateLimiting;

/// <summary>
/// Token buckets in this process (the fallback while Redis is unreachable, and a budget of its own for tests or a
/// single instance). Same arithmetic as the Redis script; time from the injected <see cref="TimeProvider"/>. Buckets
/// that have refilled completely are forgotten once there are many, so per-caller keys do not grow without bound.
/// </summary>
public sealed class LocalRateBudget : IRateBudget
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates the budget.</summary>
    public LocalRateBudget(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
    }

    /// <summary>Buckets currently tracked.</summary>
    public int BucketCount => _buckets.Count;

    /// <inheritdoc />
    public ValueTask<RateBudgetDecision> TryAcquireAsync(
        string bucketKey, int permits, int capacity, double refillPerSecond, CancellationToken cancellationToken = default)
    {
        TokenBucketMath.Validate(bucketKey, permits, capacity, refillPerSecond);
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetTimestamp();
        if (_buckets.Count > PruneAbove)
        {
            Prune(now);
        }

        var bucket = _buckets.GetOrAdd(bucketKey, static (_, state) => new Bucket(state.capacity, state.now), (capacity, now));
        return ValueTask.FromResult(bucket.Take(permits, capacity, refillPerSecond, now, _time.TimestampFrequency));
    }

    private void Prune(long now)
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsFull(now, _time.TimestampFrequency))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        private readonly Lock _gate = new();
        private double _tokens = tokens;
        private long _stamp = stamp;
        private double _capacity = tokens;
        private double _rate = 1;

        public RateBudgetDecision Take(int permits, int capacity, double refillPerSecond, long now, long frequency)
        {
            lock (_gate)
            {
                _capacity = capacity;
                _rate = refillPerSecond;
                Refill(now, frequency);
                if (_tokens >= permits)
                {
                    _tokens -= permits;
                    return new RateBudgetDecision(true, TimeSpan.Zero, _tokens, Shared: false);
                }

                return new RateBudgetDecision(false, TokenBucketMath.TimeToRefill(permits - _tokens, refillPerSecond), _tokens, Shared: false);
            }
        }

        public bool IsFull(long now, long frequency)
        {
            lock (_gate)
            {
                Refill(now, frequency);
                return _tokens >= _capacity;
            }
        }

        private void Refill(long now, long frequency)
        {
            if (now > _stamp)
            {
                _tokens += (double)(now - _stamp) / frequency * _rate;
                _stamp = now;
            }

            _tokens = Math.Min(_tokens, _capacity);
        }
    }
}
