using System.Globalization;
using Gateway.Caching.Redis;

namespace Gateway.Caching.RateLimiting;

/// <summary>
/// Token buckets in Redis, shared by every instance: one hash per bucket (<c>{prefix}rate:{bucketKey}</c> with the
/// tokens and the time they were counted), updated atomically by a Lua script run with EVALSHA. The script reads the
/// server's clock (<c>TIME</c>), so instances' clocks do not matter. An idle bucket expires once it would be full
/// again. Redis failures are thrown; <see cref="SharedRateBudget"/> falls back to local buckets.
/// </summary>
public sealed class RedisRateBudget : IRateBudget
{
    /// <summary>The script: KEYS[1] the bucket; ARGV capacity, refill per second, permits. Returns {granted, wait µs, tokens left}.</summary>
    internal static readonly RedisScript Script = new("""
        local capacity = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local requested = tonumber(ARGV[3])
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
        local tokens = tonumber(state[1])
        local ts = tonumber(state[2])
        if tokens == nil or ts == nil then
          tokens = capacity
          ts = now
        end
        if now > ts then
          tokens = tokens + (now - ts) * rate / 1000000
          ts = now
        end
        if tokens > capacity then
          tokens = capacity
        end
        local granted = 0
        local wait = 0
        if tokens >= requested then
          tokens = tokens - requested
          granted = 1
        else
          wait = math.ceil((requested - tokens) * 1000000 / rate)
        end
        redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'ts', string.format('%.0f', ts))
        redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 1000)
        return {granted, wait, string.format('%.6f', tokens)}
        """);

    private readonly RedisClient _client;
    private readonly string _prefix;

    /// <summary>Creates the budget.</summary>
    /// <param name="client">The Redis client (not owned).</param>
    /// <param name="keyPrefix">Put before <c>rate:{bucketKey}</c>, e.g. <c>gw:</c>.</param>
    public RedisRateBudget(RedisClient client, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _client = client;
        _prefix = keyPrefix + "rate:";
    }

    /// <summary>The Redis key of a bucket.</summary>
    public string RedisKey(string bucketKey) => _prefix + bucketKey;

    /// <inheritdoc />
    public async ValueTask<RateBudgetDecision> TryAcquireAsync(
        string bucketKey, int permits, int capacity, double refillPerSecond, CancellationToken cancellationToken = default)
    {
        TokenBucketMath.Validate(bucketKey, permits, capacity, refillPerSecond);
        var reply = await _client.EvaluateAsync(
            Script,
            [RedisKey(bucketKey)],
            [
                capacity.ToString(CultureInfo.InvariantCulture),
                refillPerSecond.ToString("R", CultureInfo.InvariantCulture),
                permits.ToString(CultureInfo.InvariantCulture),
            ],
            cancellationToken).ConfigureAwait(false);
        if (reply.Kind != RedisReplyKind.Array || reply.Elements.Count != 3)
        {
            throw new RedisProtocolException($"The token bucket script returned {reply}.");
        }

        var granted = reply.Elements[0].AsInt64() == 1;
        var waitMicroseconds = reply.Elements[1].AsInt64();
        var remaining = double.Parse(reply.Elements[2].AsString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new RateBudgetDecision(granted, TimeSpan.FromMicroseconds(waitMicroseconds), remaining, Shared: true);
    }
}
