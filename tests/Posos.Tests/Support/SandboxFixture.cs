using Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Posos.Tests.Support;

/// <summary>
/// The project's Posos and Google token stand-ins (src/Sandbox) in an in-memory host, trusting one test service
/// account's public key, and clients built by <c>AddPososClient</c> whose requests go to it.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private WebApplication? _app;

    internal TestServiceAccount Account { get; } = new();

    internal HttpClient Sandbox { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSandbox(o =>
        {
            o.Eclaire.DataSet = Gateway.Sandbox.Eclaire.Data.EclaireDataSetKind.TestFixtures;
            o.Google.ServiceAccountPublicKeyPem = Account.PublicKeyPem;
        });
        _app = builder.Build();
        _app.MapSandbox();
        await _app.StartAsync();
        Sandbox = _app.GetTestClient();
    }

    /// <summary>A Posos client from <paramref name="settings"/> (plus the sandbox's base URL), calling the sandbox; dispose it.</summary>
    internal ServiceProvider Client(Dictionary<string, string?> settings, LogCapture? logs = null)
    {
        settings["Posos:BaseUrl"] = "http://localhost/";

        // The sandbox runs in-process on the real clock: the production timeouts (10 s an attempt, 30 s a call) are meant
        // for a remote API, and a loaded test machine (a first request loading the catalog, JIT, other suites running)
        // could hit them and retry or fail. Here they are only hang guards.
        settings.TryAdd("Posos:AttemptTimeout", "00:02:00");
        settings.TryAdd("Posos:TotalTimeout", "00:05:00");
        var server = _app!.GetTestServer();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddPososClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .ConfigurePrimaryHttpMessageHandler(server.CreateHandler);
        services.AddHttpClient(PososServiceCollectionExtensions.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(server.CreateHandler);
        return services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        Sandbox.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Account.Dispose();
    }
}
