using System.Net.Http.Json;
using System.Text.Json;
using Gateway.TestSupport;
using Gateway.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Tests.Caching;

/// <summary>
/// docker-compose's topology with processes: the sandbox (ECLAIRE) on a real port, a real <c>redis-server</c> on a free
/// port (or none), and several gateway instances (src/Gateway's Program, each with its own services, memory cache,
/// single-flight and local budget) sharing them. Caches on; the settings given override the defaults below.
/// </summary>
public sealed class CachingTopology : IAsyncDisposable
{
    private readonly List<GatewayFactory> _roots = [];
    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<HttpClient> _clients = [];

    private CachingTopology(SandboxServer sandbox, RedisServer? redis)
    {
        Sandbox = sandbox;
        Redis = redis;
    }

    public SandboxServer Sandbox { get; }

    public RedisServer? Redis { get; }

    public IReadOnlyList<IServiceProvider> Services => [.. _factories.Select(f => f.Services)];

    /// <summary>
    /// The defaults of these tests: caches on, a large budget, quick retries. Redis's timeouts are seconds (a loaded
    /// machine can take more than half of one to connect or answer, and an instance that gave up on Redis would not
    /// share its answers); a killed Redis fails calls at once anyway (connection refused), not by timing out.
    /// </summary>
    public static IDictionary<string, string?> DefaultSettings(RedisServer? redis) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["GraphQL:ResponseCache:Enabled"] = "true",
        ["Caching:Upstream:Enabled"] = "true",
        ["Caching:ScopeSecret"] = "a-test-secret-shared-by-the-instances-0123456789",
        ["Caching:CircuitBreaker:BreakDuration"] = "00:00:01",
        ["Redis:Configuration"] = redis is null ? null : redis.Configuration + ",connectTimeout=10000,asyncTimeout=10000,abortConnect=false",
        ["Eclaire:RateLimit:PermitsPerMinute"] = "100000",
        ["Eclaire:RateLimit:QueueLimit"] = "1000",
        ["Eclaire:RetryBaseDelay"] = "00:00:00.020",
        ["Eclaire:RetryMaxDelay"] = "00:00:00.100",
    };

    /// <summary>Starts the sandbox, Redis (when <paramref name="withRedis"/>) and <paramref name="instances"/> gateways.</summary>
    public static async Task<CachingTopology> StartAsync(
        int instances,
        bool withRedis = true,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null)
    {
        var sandbox = await SandboxServer.StartAsync();
        var redis = withRedis ? await RedisServer.StartAsync() : null;
        var topology = new CachingTopology(sandbox, redis);
        var merged = DefaultSettings(redis);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>(StringComparer.Ordinal))
        {
            merged[key] = value;
        }

        for (var i = 0; i < instances; i++)
        {
            // A derived factory (the clock replaced) is disposed with the factory it derives from.
            var root = new GatewayFactory(sandbox.Address, merged.AsReadOnly());
            var factory = clock is null
                ? root
                : root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(clock))));
            topology._roots.Add(root);
            topology._factories.Add(factory);
            topology._clients.Add(factory.CreateClient());
        }

        return topology;
    }

    /// <summary>Sends a query to one instance with <c>POST /graphql</c>.</summary>
    public async Task<CachedQueryResult> QueryAsync(int instance, string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _clients[instance].SendAsync(request);
        return await CachedQueryResult.ReadAsync(response);
    }

    /// <summary>The ECLAIRE ids of the first <paramref name="count"/> studies (asked of the sandbox directly).</summary>
    public async Task<IReadOnlyList<string>> StudyIdsAsync(int count)
    {
        using var page = await Sandbox.SearchAsync($"_count={count}");
        return [.. page.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("id").GetString()!)];
    }

    public static string Show(JsonElement element) => JsonSerializer.Serialize(element);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var root in _roots)
        {
            await root.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }
}
