using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Support;

/// <summary>
/// The sandbox (ECLAIRE stand-in) on a real Kestrel socket, 127.0.0.1 and a free port, with the generated data set the
/// snapshots were taken on (seed 1, scale 0.05: 953 studies, the verbatim ones included). Reads its request counters
/// and sets its faults through its own test-support routes, as any client would.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    public const int Seed = 1;
    public const double Scale = 0.05;

    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The sandbox's root, e.g. <c>http://127.0.0.1:41234/</c> (ECLAIRE's base URL).</summary>
    public Uri Address { get; }

    /// <summary>A client of the sandbox itself (test-support routes, direct ECLAIRE calls).</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a sandbox; <paramref name="configure"/> changes its options further (e.g. the Google token endpoint's key).</summary>
    public static async Task<SandboxServer> StartAsync(double scale = Scale, Action<SandboxOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSandbox(o =>
        {
            o.Eclaire.Seed = Seed;
            o.Eclaire.Scale = scale;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapSandbox();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The requests ECLAIRE received since the last reset, by route (<c>"GET /R4/ResearchStudy"</c>...).</summary>
    public async Task<UpstreamCounts> GetRequestsAsync()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("_sandbox/requests", UriKind.Relative)));
        var routes = document.RootElement.GetProperty("routes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
        return new UpstreamCounts(document.RootElement.GetProperty("total").GetInt32(), routes);
    }

    public async Task ResetRequestsAsync()
    {
        using var response = await Client.DeleteAsync(new Uri("_sandbox/requests", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sets the fault rules (<c>PUT /_sandbox/faults</c>), e.g. <c>[{"route":"GET /api/statistics","statusCode":500}]</c>.</summary>
    public async Task SetFaultsAsync(string rulesJson)
    {
        using var content = new StringContent("{\"seed\":1,\"rules\":" + rulesJson + "}", Encoding.UTF8, "application/json");
        using var response = await Client.PutAsync(new Uri("_sandbox/faults", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await Client.DeleteAsync(new Uri("_sandbox/faults", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Turns ECLAIRE's own throttler on (429 with <c>Retry-After</c> past the limit) or off.</summary>
    public async Task SetThrottlerAsync(bool enabled, int permitLimit = 100, int windowSeconds = 60)
    {
        using var response = await Client.PutAsJsonAsync(
            new Uri("_sandbox/rate-limit", UriKind.Relative),
            new { enabled, permitLimit, windowSeconds });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A search sent to the sandbox directly (the reference the gateway's answers are compared with).</summary>
    public async Task<JsonDocument> SearchAsync(string query)
    {
        using var response = await Client.GetAsync(new Uri("R4/ResearchStudy?" + query, UriKind.Relative));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
