using System.Net.Http.Json;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;
using Gateway.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Tests.Robustness;

/// <summary>
/// The gateway as it runs in production (response cache on, in memory) with batching enabled, ECLAIRE and Posos on a
/// sandbox with quick retries and short timeouts (so injected latency and dropped connections end quickly), no circuit
/// breakers (each request sees the fault it is given), every log line at every level captured. Its client follows no
/// redirect and sends only what a test gives it.
/// </summary>
public sealed class FuzzFixture : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The Posos token configured: it must never appear in a response or a log.</summary>
    public const string PososToken = "sandbox-token";

    private PososGatewayFactory? _gateway;

    public SandboxServer Sandbox { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        using (var warmUp = new HttpRequestMessage(HttpMethod.Post, new Uri("aort/v1/graphql", UriKind.Relative)))
        {
            // The sandbox's Posos loads its catalogue on its first request.
            warmUp.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", PososToken);
            warmUp.Content = JsonContent.Create(new { query = "{ getInteractions(drugs: []) { designation } }" });
            using var answer = await Sandbox.Client.SendAsync(warmUp);
            answer.EnsureSuccessStatusCode();
        }

        var sandbox = Sandbox.Address.ToString();
        _gateway = new PososGatewayFactory(
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["GraphQL:ResponseCache:Enabled"] = "true",
                ["GraphQL:EnableBatching"] = "true",
                ["Eclaire:BaseUrl"] = sandbox,
                ["Eclaire:RateLimit:PermitsPerMinute"] = "100000",
                ["Eclaire:RateLimit:QueueLimit"] = "1000",
                ["Eclaire:RateLimit:MaxQueueWait"] = "00:00:01",
                ["Eclaire:MaxRetryAttempts"] = "1",
                ["Eclaire:RetryBaseDelay"] = "00:00:00.010",
                ["Eclaire:RetryMaxDelay"] = "00:00:00.050",
                ["Eclaire:MaxRetryAfter"] = "00:00:01",
                ["Eclaire:AttemptTimeout"] = "00:00:01",
                ["Eclaire:TotalTimeout"] = "00:00:03",
                ["Eclaire:CircuitBreaker:Enabled"] = "false",
                ["Posos:BaseUrl"] = sandbox,
                ["Posos:Token"] = PososToken,
                ["Posos:MaxRetryAttempts"] = "1",
                ["Posos:RetryBaseDelay"] = "00:00:00.010",
                ["Posos:RetryMaxDelay"] = "00:00:00.050",
                ["Posos:MaxRetryAfter"] = "00:00:01",
                ["Posos:AttemptTimeout"] = "00:00:01",
                ["Posos:TotalTimeout"] = "00:00:03",
                ["Posos:CircuitBreaker:Enabled"] = "false",
            },
            Logs);
        Client = _gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Client.DefaultRequestHeaders.Clear();
        // Only a hang guard: a request chaining several upstream calls (each up to 3 s) on a loaded machine must not be
        // taken for a hang.
        Client.Timeout = TimeSpan.FromSeconds(120);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }
    }
}
