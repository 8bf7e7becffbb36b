using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Sandbox;
using Gateway.Tests.Support;
using Gateway.TestSupport;

namespace Gateway.Tests.Posos.Support;

/// <summary>
/// A sandbox on a real port and a gateway whose ECLAIRE and Posos are that sandbox (Posos with the static token
/// <c>sandbox-token</c>, quick retries, no circuit breaker), its logs captured. Derived fixtures change the credentials,
/// the sandbox's options or the gateway's clock. Reads what the sandbox's Posos received through its test-support routes.
/// </summary>
public class PososFixture : IAsyncLifetime, IAsyncDisposable
{
    private PososGatewayFactory? _gateway;
    private HttpClient? _client;

    public SandboxServer Sandbox { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public IServiceProvider Services => _gateway!.Services;

    /// <summary>The sandbox's options beyond the snapshots' data set (seed 1, scale 0.05).</summary>
    protected virtual void ConfigureSandbox(SandboxOptions options)
    {
    }

    /// <summary>The gateway's clock (null: the system's).</summary>
    protected virtual TimeProvider? ClockOverride => null;

    /// <summary>The Posos credentials (default: the sandbox's static token).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Credentials(Uri sandbox) =>
        new Dictionary<string, string?>(StringComparer.Ordinal) { ["Posos:Token"] = "sandbox-token" };

    /// <summary>
    /// The gateway's settings: ECLAIRE and Posos at the sandbox, quick retries, no Posos circuit breaker. Posos is given up
    /// on after 5 s an attempt, 8 s in all: seconds, so that the calls that must succeed do even on a loaded machine (the
    /// latency fault that must time out is far longer).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings(Uri sandbox)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Eclaire:BaseUrl"] = sandbox.ToString(),
            ["Eclaire:RateLimit:PermitsPerMinute"] = "100000",
            ["Eclaire:RateLimit:QueueLimit"] = "1000",
            ["Eclaire:RetryBaseDelay"] = "00:00:00.010",
            ["Eclaire:RetryMaxDelay"] = "00:00:00.050",
            ["Posos:BaseUrl"] = sandbox.ToString(),
            ["Posos:MaxRetryAttempts"] = "1",
            ["Posos:RetryBaseDelay"] = "00:00:00.010",
            ["Posos:RetryMaxDelay"] = "00:00:00.050",
            ["Posos:MaxRetryAfter"] = "00:00:01",
            ["Posos:AttemptTimeout"] = "00:00:05",
            ["Posos:TotalTimeout"] = "00:00:08",
            ["Posos:CircuitBreaker:Enabled"] = "false",
        };
        foreach (var (key, value) in Credentials(sandbox))
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(SandboxServer.Scale, ConfigureSandbox);

        // The sandbox's Posos loads its drug catalogue on its first request: done now, so no test sees that first slow answer.
        using (var warmUp = new HttpRequestMessage(HttpMethod.Post, new Uri("aort/v1/graphql", UriKind.Relative)))
        {
            warmUp.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sandbox-token");
            warmUp.Content = JsonContent.Create(new { query = "{ getInteractions(drugs: []) { designation } }" });
            using var answer = await Sandbox.Client.SendAsync(warmUp);
            answer.EnsureSuccessStatusCode();
        }

        await ResetAsync();
        _gateway = new PososGatewayFactory(Settings(Sandbox.Address), Logs, ClockOverride);
        _client = _gateway.CreateClient();
    }

    /// <summary>Runs a query through <c>POST /graphql</c>.</summary>
    public async Task<GraphQLResponse> QueryAsync(string query, object? variables = null)
    {
        using var response = await _client!.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Runs a query through <c>GET /graphql?query=...&amp;variables=...</c>.</summary>
    public async Task<GraphQLResponse> GetAsync(string query, object? variables = null)
    {
        var target = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        using var response = await _client!.GetAsync(new Uri(target, UriKind.Relative));
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The operations the sandbox's Posos received since the last reset, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedOperation>> OperationsAsync()
    {
        using var document = JsonDocument.Parse(await Sandbox.Client.GetStringAsync(new Uri("_sandbox/posos/operations", UriKind.Relative)));
        return [.. document.RootElement.EnumerateArray().Select(o => new ReceivedOperation(
            o.GetProperty("path").GetString()!,
            o.TryGetProperty("operationName", out var name) ? name.GetString() : null,
            o.GetProperty("query").GetString()!,
            o.TryGetProperty("variables", out var variables) ? variables.Clone() : default))];
    }

    /// <summary>Forgets the operations received and the requests counted.</summary>
    public async Task ResetAsync()
    {
        using var operations = await Sandbox.Client.DeleteAsync(new Uri("_sandbox/posos/operations", UriKind.Relative));
        operations.EnsureSuccessStatusCode();
        await Sandbox.ResetRequestsAsync();
    }

    /// <summary>The requests the sandbox's Posos (GraphQL and autocomplete) received since the last reset.</summary>
    public async Task<int> PososRequestsAsync()
    {
        using var document = JsonDocument.Parse(await Sandbox.Client.GetStringAsync(new Uri("_sandbox/requests", UriKind.Relative)));
        return document.RootElement.GetProperty("upstreams").TryGetProperty("posos", out var count) ? count.GetInt32() : 0;
    }

    /// <summary>The ID tokens the sandbox's token endpoint issued since the last reset.</summary>
    public async Task<int> TokenExchangesAsync()
    {
        using var document = JsonDocument.Parse(await Sandbox.Client.GetStringAsync(new Uri("_sandbox/google/exchanges", UriKind.Relative)));
        return document.RootElement.GetProperty("exchanges").GetInt32();
    }

    /// <summary>The ECLAIRE requests since the last reset.</summary>
    public async Task<int> EclaireRequestsAsync()
    {
        using var document = JsonDocument.Parse(await Sandbox.Client.GetStringAsync(new Uri("_sandbox/requests", UriKind.Relative)));
        return document.RootElement.GetProperty("upstreams").TryGetProperty("eclaire", out var count) ? count.GetInt32() : 0;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
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
