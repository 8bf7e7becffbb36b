using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Tests.Support;

/// <summary>
/// A sandbox on a real port and a gateway calling it, for one test class. The gateway's outbound budget is large and
/// its retries quick, so tests measure behaviour, not waits; derived fixtures change that.
/// </summary>
public class GatewayFixture : IAsyncLifetime, IAsyncDisposable
{
    private GatewayFactory? _gateway;
    private HttpClient? _client;

    public SandboxServer Sandbox { get; private set; } = null!;

    public IServiceProvider Services => _gateway!.Services;

    /// <summary>The size of the sandbox's registry relative to the real one (the snapshots' 0.05 by default).</summary>
    protected virtual double SandboxScale => SandboxServer.Scale;

    /// <summary>The gateway's clock (null: the system's).</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>The gateway's configuration in these tests (override to change it).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Eclaire:RateLimit:PermitsPerMinute"] = "100000",
        ["Eclaire:RateLimit:QueueLimit"] = "1000",
        ["Eclaire:RetryBaseDelay"] = "00:00:00.020",
        ["Eclaire:RetryMaxDelay"] = "00:00:00.100",
    };

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(SandboxScale);
        _gateway = new GatewayFactory(Sandbox.Address, Settings, Clock);
        _client = _gateway.CreateClient();
    }

    /// <summary>Runs a query through <c>POST /graphql</c>.</summary>
    public async Task<GraphQLResponse> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await _client!.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables }, cancellationToken);
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Runs a query and counts the ECLAIRE requests it caused (the counters are reset first).</summary>
    public async Task<(GraphQLResponse Response, UpstreamCounts Upstream)> QueryCountingAsync(string query, object? variables = null)
    {
        await Sandbox.ResetRequestsAsync();
        var response = await QueryAsync(query, variables);
        return (response, await Sandbox.GetRequestsAsync());
    }

    /// <summary>The JSON of <paramref name="element"/> for a readable assertion message.</summary>
    public static string Show(JsonElement element) => JsonSerializer.Serialize(element);

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
