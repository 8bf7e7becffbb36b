using Gateway.Caching;
using Gateway.Eclaire.Resilience;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Hosting;

/// <summary>
/// The gateway's caches and shared budget: the caching library (Redis when <c>Redis:Configuration</c> is set, else in
/// memory), ECLAIRE's refresh schedule, the budget shared through Redis, and the upstream cache on the ECLAIRE client.
/// </summary>
internal static class GatewayCaching
{
    /// <summary>True when <c>Redis:Configuration</c> is set.</summary>
    public static bool UsesRedis(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[RedisOptions.SectionName + ":Configuration"]);

    /// <summary>
    /// Registers the caching library and the schedule; with Redis, the shared ECLAIRE budget replaces the process-local
    /// one (so call this before <c>AddEclaireClient</c>, whose default registration only fills the gap).
    /// </summary>
    public static IServiceCollection AddGatewayCaches(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGatewayCaching(configuration);
        services.AddOptions<EclaireRefreshOptions>().Bind(configuration.GetSection(EclaireRefreshOptions.SectionName));
        services.TryAddSingleton<EclaireRefreshSchedule>();
        services.AddOptions<UpstreamCacheOptions>().Bind(configuration.GetSection(UpstreamCacheOptions.SectionName)).Validate(
            o => o.MaxEntryBytes > 0,
            "Caching:Upstream:MaxEntryBytes must be positive.").ValidateOnStart();
        services.TryAddTransient<EclaireUpstreamCacheHandler>();
        if (UsesRedis(configuration))
        {
            services.Replace(ServiceDescriptor.Singleton<IEclaireRateLimiter, SharedEclaireRateLimiter>());
        }

        return services;
    }

    /// <summary>Puts the upstream cache outermost on the ECLAIRE client: before the resilience handler and its budget.</summary>
    public static IHttpClientBuilder AddEclaireUpstreamCache(this IHttpClientBuilder eclaire)
    {
        eclaire.ConfigureAdditionalHttpMessageHandlers((handlers, services) => handlers.Insert(0, services.GetRequiredService<EclaireUpstreamCacheHandler>()));
        return eclaire;
    }
}
