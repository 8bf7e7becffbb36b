using Gateway.Posos.Credentials;
using Gateway.Posos.Resilience;
using Gateway.Upstream;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Posos;

/// <summary>Registers the Posos client.</summary>
public static class PososServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient that calls the token endpoint (its own resilience pipeline and circuit breaker).</summary>
    public const string TokenHttpClientName = "Gateway.Posos.TokenEndpoint";

    /// <summary>
    /// Registers <see cref="IPososClient"/> (typed HttpClient <see cref="PososClient"/>) with options bound from the
    /// <c>Posos</c> section and validated at start-up, the resilience handler, the <see cref="IPososCredentials"/> the
    /// options call for (kept if one is registered already), the token endpoint's HttpClient
    /// (<see cref="TokenHttpClientName"/>) and <see cref="TimeProvider.System"/> (kept if one is registered already).
    /// Without credentials the registration succeeds and calls fail with <see cref="PososNotConfiguredException"/>.
    /// IHttpClientFactory's own request logging is removed from both clients: it would log query strings.
    /// </summary>
    /// <returns>The Posos HttpClient builder, e.g. to set the primary handler in tests.</returns>
    public static IHttpClientBuilder AddPososClient(this IServiceCollection services, IConfiguration configuration) =>
        AddCore(services.AddUpstreamOptions<PososOptions, PososOptionsValidator>(configuration, PososOptions.SectionName));

    /// <summary>Registers the Posos client with options set in code (see the other overload).</summary>
    public static IHttpClientBuilder AddPososClient(this IServiceCollection services, Action<PososOptions> configure) =>
        AddCore(services.AddUpstreamOptions<PososOptions, PososOptionsValidator>(configure));

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(CreateCredentials);
        foreach (var upstream in new[] { PososUpstream.Api, PososUpstream.TokenEndpoint })
        {
            services.TryAddKeyedSingleton(upstream, (provider, _) => new PososResiliencePipelines(
                upstream,
                provider.GetRequiredService<IOptions<PososOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<PososResiliencePipelines>()));
        }

        services.AddHttpClient(TokenHttpClientName, (provider, http) => Configure(provider, http, baseUrl: null))
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
            .AddHttpMessageHandler(provider => CreateResilienceHandler(provider, PososUpstream.TokenEndpoint))
            .RemoveAllLoggers();

        return services
            .AddHttpClient<IPososClient, PososClient>((provider, http) =>
                Configure(provider, http, provider.GetRequiredService<IOptions<PososOptions>>().Value.BaseUrl))
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
            .AddHttpMessageHandler(provider => CreateResilienceHandler(provider, PososUpstream.Api))
            .RemoveAllLoggers();
    }

    private static IPososCredentials CreateCredentials(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<PososOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.Token))
        {
            return new StaticTokenCredentials(options.Token);
        }

        // The validator read the key already: an unreadable key fails at start-up, not here.
        return ServiceAccountKey.FromOptions(options) is { } key
            ? new ServiceAccountCredentials(
                key,
                options,
                provider.GetRequiredService<IHttpClientFactory>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<ServiceAccountCredentials>>())
            : new UnconfiguredCredentials();
    }

    private static void Configure(IServiceProvider provider, HttpClient http, Uri? baseUrl)
    {
        var options = provider.GetRequiredService<IOptions<PososOptions>>().Value;
        UpstreamHttpClient.Configure(http, baseUrl, options.UserAgent, "application/json");
    }

    // Redirects are not followed: the Identity-Aware Proxy redirects unauthenticated browsers to a login page.
    private static SocketsHttpHandler CreatePrimaryHandler() => UpstreamHttpClient.CreatePrimaryHandler(allowAutoRedirect: false);

    private static PososResilienceHandler CreateResilienceHandler(IServiceProvider provider, PososUpstream upstream) =>
        new(
            provider.GetRequiredKeyedService<PososResiliencePipelines>(upstream),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<PososResilienceHandler>>());

}
