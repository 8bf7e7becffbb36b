using Gateway.Caching.RateLimiting;
using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Caching.Tests.RateLimiting;

/// <summary>The token bucket: the Lua script against a real redis-server, the local buckets on a manual clock, and the fallback.</summary>
[Collection(RedisCollection.Name)]
public sealed class RateBudgetTests(RedisFixture redis)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Two_instances_hammering_one_bucket_never_exceed_its_capacity()
    {
        // Two clients = two gateway instances, each with its own connection.
        await using var first = await RedisClient.ConnectAsync(redis.Configuration);
        await using var second = await RedisClient.ConnectAsync(redis.Configuration);
        var prefix = RedisFixture.UniquePrefix();
        var budgets = new[] { new RedisRateBudget(first, prefix), new RedisRateBudget(second, prefix) };

        // A refill so slow that no token comes back during the test: exactly the capacity is granted.
        var decisions = await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
            budgets[i % 2].TryAcquireAsync("eclaire", 1, capacity: 150, refillPerSecond: 0.0001).AsTask()));

        Assert.Equal(150, decisions.Count(d => d.Acquired));
        Assert.All(decisions, d => Assert.True(d.Shared));
        Assert.All(decisions.Where(d => !d.Acquired), d => Assert.True(d.RetryAfter > TimeSpan.FromHours(2)));
        Assert.InRange(decisions.Min(d => d.Remaining), 0, 0.01);
    }

    [Fact]
    public async Task Tokens_refill_at_the_given_rate()
    {
        await using var client = await RedisClient.ConnectAsync(redis.Configuration);
        var budget = new RedisRateBudget(client, RedisFixture.UniquePrefix());

        // One token every 500 ms. However slow the machine, draining the bucket grants at least its capacity, and
        // the first refusal is less than one token short, so it says to come back within 500 ms.
        var granted = 0;
        RateBudgetDecision refused;
        while ((refused = await budget.TryAcquireAsync("b", 1, capacity: 5, refillPerSecond: 2)).Acquired)
        {
            granted++;
            Assert.True(granted < 1000, "the bucket never ran dry");
        }

        Assert.True(granted >= 5, $"only {granted} of the capacity of 5 were granted");
        Assert.InRange(refused.RetryAfter, TimeSpan.FromTicks(1), TimeSpan.FromMilliseconds(500));

        // Wait as told; the token is back.
        await Task.Delay(refused.RetryAfter);
        await Eventually.TrueAsync(() => budget.TryAcquireAsync("b", 1, 5, 2).AsTask().Result.Acquired, "a refilled token");
    }

    [Fact]
    public async Task Several_permits_at_once_and_the_bucket_key_expires_when_idle()
    {
        await using var client = await RedisClient.ConnectAsync(redis.Configuration);
        var prefix = RedisFixture.UniquePrefix();
        var budget = new RedisRateBudget(client, prefix);

        // One token every 100 s, so the time between the two calls (even seconds on a busy machine) hardly counts.
        Assert.True((await budget.TryAcquireAsync("multi", 7, capacity: 10, refillPerSecond: 0.01)).Acquired);
        var refused = await budget.TryAcquireAsync("multi", 5, capacity: 10, refillPerSecond: 0.01);

        Assert.False(refused.Acquired);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(200.01));

        // The key lives until the bucket would be full again (10 tokens at 0.01/s = 1,000 s) plus a second.
        var ttl = await client.PTtlAsync(budget.RedisKey("multi"));
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(1001));
    }

    [Fact]
    public async Task The_script_is_reloaded_after_a_script_flush()
    {
        await using var client = await RedisClient.ConnectAsync(redis.Configuration);
        var budget = new RedisRateBudget(client, RedisFixture.UniquePrefix());
        await budget.TryAcquireAsync("f", 1, 10, 1);

        await client.ExecuteAsync("SCRIPT", ["FLUSH"]);

        Assert.True((await budget.TryAcquireAsync("f", 1, 10, 1)).Acquired);
    }

    [Theory]
    [InlineData(0, 10, 1.0)]
    [InlineData(11, 10, 1.0)]
    [InlineData(1, 0, 1.0)]
    [InlineData(1, 10, 0.0)]
    [InlineData(1, 10, -1.0)]
    public async Task Nonsense_arguments_are_refused(int permits, int capacity, double refill)
    {
        var budget = new LocalRateBudget(new ManualTimeProvider());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => budget.TryAcquireAsync("b", permits, capacity, refill).AsTask());
    }

    [Fact]
    public async Task The_local_bucket_refills_continuously_and_says_when_to_come_back()
    {
        var clock = new ManualTimeProvider();
        var budget = new LocalRateBudget(clock);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await budget.TryAcquireAsync("b", 1, 10, 2)).Acquired);
        }

        var refused = await budget.TryAcquireAsync("b", 3, 10, 2);
        Assert.False(refused.Acquired);
        Assert.False(refused.Shared);
        Assert.Equal(TimeSpan.FromSeconds(1.5), refused.RetryAfter);

        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.True((await budget.TryAcquireAsync("b", 3, 10, 2)).Acquired);

        // Never more than the capacity, however long idle.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(9, (await budget.TryAcquireAsync("b", 1, 10, 2)).Remaining, 6);
    }

    [Fact]
    public async Task With_redis_down_the_local_bucket_decides_with_its_share_and_redis_is_used_again_later()
    {
        await using var server = await RedisServer.StartAsync();
        var options = RedisConnectionOptions.Parse(server.Configuration + ",abortConnect=false");
        options.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        await using var client = new RedisClient(options);
        var clock = new ManualTimeProvider();
        var breaker = new RedisCircuitBreaker(new CacheCircuitBreakerOptions { FailureThreshold = 2, BreakDuration = TimeSpan.FromSeconds(5) }, clock);
        var budget = new SharedRateBudget(
            new RedisRateBudget(client, "gw:"), new LocalRateBudget(clock), breaker,
            new RateBudgetOptions { LocalFallbackShare = 0.5 }, NullLogger<SharedRateBudget>.Instance);

        Assert.True((await budget.TryAcquireAsync("posos", 1, 20, 0.0001)).Shared);
        await server.KillAsync();

        var decisions = new List<RateBudgetDecision>();
        for (var i = 0; i < 30; i++)
        {
            decisions.Add(await budget.TryAcquireAsync("posos", 1, 20, 0.0001).AsTask().WaitAsync(Bound));
        }

        Assert.All(decisions, d => Assert.False(d.Shared));
        Assert.Equal(10, decisions.Count(d => d.Acquired));
        Assert.Equal(CircuitState.Open, breaker.State);

        await server.StartAsync();
        await Eventually.TrueAsync(() => client.PingAsync().ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default).Result, "Redis back");
        clock.Advance(TimeSpan.FromSeconds(5));
        var back = await budget.TryAcquireAsync("posos", 1, 20, 0.0001);
        Assert.True(back.Shared);
        Assert.Equal(CircuitState.Closed, breaker.State);
    }

    [Fact]
    public async Task Acquire_waits_within_its_bound_and_fails_fast_past_it()
    {
        var clock = new ManualTimeProvider();
        var budget = new LocalRateBudget(clock);
        await budget.TryAcquireAsync("b", 2, 2, 1);

        var tooLong = await Assert.ThrowsAsync<RateBudgetExceededException>(
            () => budget.AcquireAsync("b", 2, 2, 1, TimeSpan.FromSeconds(1), clock).AsTask());
        Assert.Equal(TimeSpan.FromSeconds(2), tooLong.RetryAfter);
        Assert.Equal("b", tooLong.BucketKey);

        var waiting = budget.AcquireAsync("b", 1, 2, 1, TimeSpan.FromSeconds(5), clock).AsTask();
        await clock.WaitForTimerAsync(clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await waiting.WaitAsync(Bound)).Acquired);
    }
}
