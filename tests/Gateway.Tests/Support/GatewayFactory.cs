using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Support;

/// <summary>
/// The gateway host (src/Gateway's Program) in memory, in Production, calling the sandbox at <paramref name="eclaire"/>
/// over HTTP; <paramref name="settings"/> override its configuration (ECLAIRE client options...). The response cache and
/// the upstream cache are off unless the settings turn them on, so that each query reaches ECLAIRE (the tests count
/// and fault its requests); the tests under Caching/ turn them on. <paramref name="clock"/>, when given, replaces its clock.
/// </summary>
public sealed class GatewayFactory(Uri eclaire, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Eclaire:BaseUrl", eclaire.ToString());
        builder.UseSetting("GraphQL:ResponseCache:Enabled", "false");
        builder.UseSetting("Caching:Upstream:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
