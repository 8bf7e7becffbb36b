using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Posos.Support;

/// <summary>
/// The gateway host in memory, in Production, with <paramref name="settings"/> (ECLAIRE and Posos addresses, credentials),
/// every log line at every level kept by <paramref name="logs"/>, and optionally its clock replaced.
/// </summary>
public sealed class PososGatewayFactory(IReadOnlyDictionary<string, string?> settings, ILoggerProvider logs, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // As in GatewayFactory: these tests count upstream requests, so the caches (which would answer or
        // coalesce identical queries) are off; the tests under Caching/ turn them on.
        builder.UseSetting("GraphQL:ResponseCache:Enabled", "false");
        builder.UseSetting("Caching:Upstream:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(logs);
        });
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
