using Gateway.Caching.RateLimiting;
using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Caching.Tests;

[Collection(RedisCollection.Name)]
public sealed class RegistrationTests(RedisFixture redis)
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddGatewayCaching(configuration).BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task Without_redis_configuration_everything_works_in_memory()
    {
        await using var provider = Build([]);

        var store = provider.GetRequiredService<ICacheStore>();
        await store.SetAsync("k", new CacheEntry { Value = new byte[] { 1 } }, TimeSpan.FromMinutes(1), TimeSpan.Zero);

        Assert.False(Assert.IsType<ResilientCacheStore>(store).HasRedis);
        Assert.NotNull(await store.GetAsync("k"));
        Assert.Equal(1, provider.GetRequiredService<MemoryCacheStore>().Count);
        Assert.False((await provider.GetRequiredService<IRateBudget>().TryAcquireAsync("b", 1, 5, 1)).Shared);
        Assert.NotNull(provider.GetRequiredService<CacheLoader>());
        Assert.Equal(64, provider.GetRequiredService<CacheKeyScope>().Scope("u").Length);
    }

    [Fact]
    public async Task With_redis_configuration_entries_and_buckets_live_in_redis_under_the_prefix()
    {
        var prefix = RedisFixture.UniquePrefix();
        await using var provider = Build(new()
        {
            ["Redis:Configuration"] = redis.Configuration + ",abortConnect=false",
            ["Caching:KeyPrefix"] = prefix,
            ["Caching:ScopeSecret"] = new string('s', 40),
        });

        var store = provider.GetRequiredService<ICacheStore>();
        await store.SetAsync("k", new CacheEntry { Value = new byte[] { 1 } }, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        var decision = await provider.GetRequiredService<IRateBudget>().TryAcquireAsync("b", 1, 5, 1);

        Assert.True(Assert.IsType<ResilientCacheStore>(store).UsesRedis);
        Assert.True(decision.Shared);
        await using var client = await RedisClient.ConnectAsync(redis.Configuration);
        Assert.NotNull(await client.GetAsync(prefix + "k"));
        Assert.NotNull(await client.PTtlAsync(prefix + "rate:b"));
        Assert.Equal(0, provider.GetRequiredService<MemoryCacheStore>().Count);
    }

    [Fact]
    public void An_invalid_redis_configuration_fails_validation_without_showing_the_password()
    {
        using var provider = Build(new() { ["Redis:Configuration"] = "redis:6379,password=Sup3rS3cret,syncTimeout=soon" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RedisOptions>>().Value);

        Assert.Contains("syncTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sup3rS3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_caching_options_fail_validation()
    {
        using var provider = Build(new()
        {
            ["Caching:ScopeSecret"] = "short",
            ["Caching:Memory:MaxEntries"] = "0",
            ["Caching:CircuitBreaker:FailureThreshold"] = "0",
            ["Caching:RateBudget:LocalFallbackShare"] = "2",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CachingOptions>>().Value);

        Assert.Equal(4, error.Failures.Count());
    }

    [Fact]
    public void Defaults()
    {
        var options = new CachingOptions();

        Assert.Equal("gw:", options.KeyPrefix);
        Assert.Equal(10_000, options.Memory.MaxEntries);
        Assert.Equal(64L * 1024 * 1024, options.Memory.MaxBytes);
        Assert.Equal(5, options.CircuitBreaker.FailureThreshold);
        Assert.Equal(TimeSpan.FromSeconds(10), options.CircuitBreaker.BreakDuration);
        Assert.Equal(1.0, options.RateBudget.LocalFallbackShare);
        Assert.Null(options.ScopeSecret);
    }
}
