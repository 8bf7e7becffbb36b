using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Sandbox.Tests;

/// <summary>The sandbox mounted in an in-memory host, as the gateway mounts it (AddSandbox + MapSandbox).</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SandboxHost> StartAsync(Action<SandboxOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        services?.Invoke(builder.Services);
        builder.Services.AddSandbox(configure);
        var app = builder.Build();
        app.MapSandbox();
        await app.StartAsync();
        return new SandboxHost(app);
    }

    /// <summary>The API's own e2e index (two CTIS studies), with the settings its snapshots were taken with.</summary>
    public static Task<SandboxHost> StartE2eIndexAsync() => StartAsync(o =>
    {
        o.Eclaire.DataSet = Gateway.Sandbox.Eclaire.Data.EclaireDataSetKind.TestFixtures;
        o.Eclaire.PublicBaseUrl = "http://localhost:3000/";
        o.Eclaire.DefaultPageSize = 2;
    });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
