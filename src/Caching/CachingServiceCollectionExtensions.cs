using Gateway.Caching.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>Registers the caching library.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: <see cref="ICacheStore"/> (a <see cref="ResilientCacheStore"/>: Redis when
    /// <c>Redis:Configuration</c> is set, else, and while Redis is down, the bounded <see cref="MemoryCacheStore"/>),
    /// <see cref="IRateBudget"/> (a <see cref="SharedRateBudget"/>), the shared <see cref="RedisCircuitBreaker"/>,
    /// <see cref="CacheKeyScope"/>, <see cref="SingleFlight"/>, <see cref="CacheLoader"/> and
    /// <see cref="TimeProvider.System"/> (kept if one is registered already). Options come from the <c>Caching</c>
    /// and <c>Redis</c> sections and are validated at start. Nothing connects at registration: the Redis client
    /// connects on first use and reconnects by itself.
    /// </summary>
    public static IServiceCollection AddGatewayCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CachingOptions>().Bind(configuration.GetSection(CachingOptions.SectionName)).ValidateOnStart();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CachingOptions>, CachingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, CachingOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RedisBackend>();
        services.TryAddSingleton<RedisCircuitBreaker>();
        services.TryAddSingleton<MemoryCacheStore>();
        services.TryAddSingleton<ICacheStore>(provider =>
        {
            var client = provider.GetRequiredService<RedisBackend>().Client;
            var options = provider.GetRequiredService<IOptions<CachingOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            var redis = client is null
                ? null
                : new RedisCacheStore(client, options.KeyPrefix, time, provider.GetRequiredService<ILogger<RedisCacheStore>>());
            return new ResilientCacheStore(
                redis,
                provider.GetRequiredService<MemoryCacheStore>(),
                provider.GetRequiredService<RedisCircuitBreaker>(),
                provider.GetRequiredService<ILogger<ResilientCacheStore>>());
        });
        services.TryAddSingleton<IRateBudget>(provider =>
        {
            var client = provider.GetRequiredService<RedisBackend>().Client;
            var options = provider.GetRequiredService<IOptions<CachingOptions>>().Value;
            return new SharedRateBudget(
                client is null ? null : new RedisRateBudget(client, options.KeyPrefix),
                new LocalRateBudget(provider.GetRequiredService<TimeProvider>()),
                provider.GetRequiredService<RedisCircuitBreaker>(),
                options.RateBudget,
                provider.GetRequiredService<ILogger<SharedRateBudget>>());
        });
        services.TryAddSingleton<CacheKeyScope>();
        services.TryAddSingleton<SingleFlight>();
        services.TryAddSingleton<CacheLoader>();
        return services;
    }
}
