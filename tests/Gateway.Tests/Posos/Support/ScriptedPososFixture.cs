using System.Net.Http.Json;
using Gateway.Tests.Support;
using Gateway.TestSupport;

namespace Gateway.Tests.Posos.Support;

/// <summary>A gateway whose Posos is a <see cref="ScriptedPosos"/> (ECLAIRE unused: an address nothing listens on).</summary>
public sealed class ScriptedPososFixture : IAsyncLifetime, IAsyncDisposable
{
    private PososGatewayFactory? _gateway;
    private HttpClient? _client;

    public ScriptedPosos Posos { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    /// <summary>The gateway's client, for requests <see cref="QueryAsync"/> does not make.</summary>
    public HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        Posos = await ScriptedPosos.StartAsync();
        _gateway = new PososGatewayFactory(
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Eclaire:BaseUrl"] = "http://127.0.0.1:9/",
                ["Posos:BaseUrl"] = Posos.Address.ToString(),
                ["Posos:Token"] = ScriptedPosos.Token,
                ["Posos:MaxRetryAttempts"] = "0",
                ["Posos:CircuitBreaker:Enabled"] = "false",
            },
            Logs);
        _client = _gateway.CreateClient();
    }

    public async Task<GraphQLResponse> QueryAsync(string query, object? variables = null)
    {
        using var response = await _client!.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (Posos is not null)
        {
            await Posos.DisposeAsync();
        }
    }
}
