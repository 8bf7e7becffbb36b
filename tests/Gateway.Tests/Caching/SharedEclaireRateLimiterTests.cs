using Gateway.Caching;
using Gateway.Caching.RateLimiting;
using Gateway.Eclaire;
using Gateway.TestSupport;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Caching;

/// <summary>The adapter from ECLAIRE's limiter to the shared token bucket: its bucket, and a spent budget as ECLAIRE's exception.</summary>
public sealed class SharedEclaireRateLimiterTests
{
    [Theory]
    [InlineData(90, 10, 80)]
    [InlineData(30, 10, 20)]
    [InlineData(8, 4, 4)]
    [InlineData(1, 1, 1)]
    public void No_minute_lets_more_than_the_budget_through(int perMinute, int burst, int refilledPerMinute)
    {
        var (actualBurst, refill) = SharedEclaireRateLimiter.Bucket(perMinute);

        Assert.Equal(burst, actualBurst);
        Assert.Equal(refilledPerMinute, refill * 60, 6);
        Assert.True(actualBurst + (refill * 60) <= Math.Max(perMinute, 2));
    }

    [Fact]
    public async Task A_spent_budget_is_an_ECLAIRE_rate_limit_with_its_retry_after()
    {
        var clock = new ManualTimeProvider();
        var options = Options.Create(new EclaireOptions { RateLimit = { PermitsPerMinute = 20, MaxQueueWait = TimeSpan.Zero } });
        var limiter = new SharedEclaireRateLimiter(new LocalRateBudget(clock), options, clock);

        for (var i = 0; i < 10; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
        }

        var refused = await Assert.ThrowsAsync<EclaireRateLimitedException>(() => limiter.AcquireAsync(CancellationToken.None).AsTask());
        Assert.False(refused.FromUpstream);
        Assert.Equal(TimeSpan.FromSeconds(6), refused.RetryAfter);

        clock.Advance(TimeSpan.FromSeconds(6));
        await limiter.AcquireAsync(CancellationToken.None);
    }
}
