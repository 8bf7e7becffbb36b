using System.Net;
using Gateway.Eclaire.Resilience;
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
    public static IHttpClientBuilder AddEclaireClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EclaireOptions>().Bind(configuration.GetSection(EclaireOptions.SectionName));
        return AddCore(services);
    }

    /// <summary>Registers the ECLAIRE client with options set in code (see the other overload).</summary>
    public static IHttpClientBuilder AddEclaireClient(this IServiceCollection services, Action<EclaireOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<EclaireOptions>().Configure(configure);
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<EclaireOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EclaireOptions>, EclaireOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEclaireRateLimiter, LocalEclaireRateLimiter>();
        services.TryAddSingleton<EclaireResiliencePipelines>();
        services.TryAddSingleton<EclaireRequestCoalescer>();
        services.TryAddTransient<EclaireResilienceHandler>();

        return services
            .AddHttpClient<IEclaireClient, EclaireClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<EclaireOptions>>().Value;
                http.BaseAddress = WithTrailingSlash(options.BaseUrl);

                // The resilience pipeline owns every timeout.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.Accept.ParseAdd("application/fhir+json");
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json;q=0.9");
                http.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // ECLAIRE compresses its responses; pooled connections are renewed so DNS changes are seen.
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddHttpMessageHandler<EclaireResilienceHandler>()
            .RemoveAllLoggers();
    }

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
