using Gateway.Eclaire.Resilience;
using Gateway.Upstream;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Eclaire;

/// <summary>Registers the ECLAIRE client.</summary>
public static class EclaireServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEclaireClient"/> (typed HttpClient <see cref="EclaireClient"/>) with options bound from
    /// the <c>Eclaire</c> section, the resilience handler, the process-wide <see cref="IEclaireRateLimiter"/> (kept if
    /// one is registered already), the request coalescer and <see cref="TimeProvider.System"/> (kept if one is
    /// registered already). IHttpClientFactory's own request logging is removed: it would log query strings.
    /// </summary>
    /// <returns>The HttpClient builder, e.g. to set the primary handler in tests.</returns>
    public static IHttpClientBuilder AddEclaireClient(this IServiceCollection services, IConfiguration configuration) =>
        AddCore(services.AddUpstreamOptions<EclaireOptions, EclaireOptionsValidator>(configuration, EclaireOptions.SectionName));

    /// <summary>Registers the ECLAIRE client with options set in code (see the other overload).</summary>
    public static IHttpClientBuilder AddEclaireClient(this IServiceCollection services, Action<EclaireOptions> configure) =>
        AddCore(services.AddUpstreamOptions<EclaireOptions, EclaireOptionsValidator>(configure));

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddSingleton<IEclaireRateLimiter, LocalEclaireRateLimiter>();
        services.TryAddSingleton<EclaireResiliencePipelines>();
        services.TryAddSingleton<EclaireRequestCoalescer>();
        services.TryAddTransient<EclaireResilienceHandler>();

        return services
            .AddHttpClient<IEclaireClient, EclaireClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<EclaireOptions>>().Value;
                UpstreamHttpClient.Configure(http, options.BaseUrl, options.UserAgent, "application/fhir+json", "application/json;q=0.9");
            })

            // ECLAIRE compresses its responses; pooled connections are renewed so DNS changes are seen.
            .ConfigurePrimaryHttpMessageHandler(() => UpstreamHttpClient.CreatePrimaryHandler())
            .AddHttpMessageHandler<EclaireResilienceHandler>()
            .RemoveAllLoggers();
    }
}
