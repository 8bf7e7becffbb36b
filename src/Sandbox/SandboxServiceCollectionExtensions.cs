using Gateway.Sandbox.Eclaire;
using Gateway.Sandbox.Google;
using Gateway.Sandbox.Posos;
using Gateway.Sandbox.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Sandbox;

/// <summary>Registers the sandbox's services: <c>services.AddSandbox(o => o.Eclaire.Scale = 0.05)</c>, then <c>app.MapSandbox()</c>.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the ECLAIRE and Posos stand-ins, Google's token endpoint and the test-support state (counters,
    /// faults), configured by <paramref name="configure"/> on top of any <c>Configure&lt;SandboxOptions&gt;</c>
    /// (for instance bound from the "Sandbox" configuration section).
    /// </summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services, Action<SandboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SandboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RequestCounter>();
        services.TryAddSingleton<FaultInjector>();
        services.TryAddSingleton(provider => new EclaireSandbox(
            provider.GetRequiredService<IOptions<SandboxOptions>>().Value.Eclaire,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<EclaireSandbox>>()));
        services.TryAddSingleton(provider => new GoogleTokenService(
            provider.GetRequiredService<IOptions<SandboxOptions>>().Value.Google,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new PososSandbox(
            provider.GetRequiredService<IOptions<SandboxOptions>>().Value.Posos,
            provider.GetRequiredService<GoogleTokenService>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
