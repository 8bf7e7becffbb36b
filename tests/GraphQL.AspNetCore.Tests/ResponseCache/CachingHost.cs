using Gateway.Caching;
using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.Types;
using Gateway.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.AspNetCore.Tests.ResponseCache;

/// <summary>
/// An in-memory server with the response cache over the in-memory store (no Redis configured), on a manual clock, and a
/// schema whose hints cover every case: public studies (an hour), a private patient, a field that fails on demand, a
/// slow field behind a gate, a mutation.
/// </summary>
public sealed class CachingHost : IAsyncDisposable
{
    public const string Sdl = CacheControlDirective.Sdl + """

        type Query {
          studies(text: String): [Study!]! @cacheControl(maxAge: 60)
          patient(id: ID!): Patient
          flaky: String @cacheControl(maxAge: 60)
          slow: String @cacheControl(maxAge: 60)
          ping: String
        }
        type Mutation { bump: Int }
        type Study @cacheControl(maxAge: 3600) { title: String }
        type Patient @cacheControl(maxAge: 30, scope: PRIVATE) { name: String }
        """;

    private readonly WebApplication _app;

    private CachingHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public ManualTimeProvider Clock => (ManualTimeProvider)_app.Services.GetRequiredService<TimeProvider>();

    public CacheBackend Backend => _app.Services.GetRequiredService<CacheBackend>();

    public IServiceProvider Services => _app.Services;

    public static Schema CreateSchema() => SchemaBuilder.FromSdl(Sdl)
        .AddResolver("Query", "studies", context =>
        {
            var backend = context.Services.GetRequiredService<CacheBackend>();
            backend.Call("studies");
            var text = context.Argument<string>("text") ?? "all";
            return new ValueTask<object?>(new object[] { new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = "Study about " + text } });
        })
        .AddResolver("Query", "patient", context =>
        {
            context.Services.GetRequiredService<CacheBackend>().Call("patient");
            return new ValueTask<object?>(new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "Patient " + context.Argument<string>("id") });
        })
        .AddResolver("Query", "flaky", context =>
        {
            var backend = context.Services.GetRequiredService<CacheBackend>();
            var call = backend.Call("flaky");
            return backend.Failing
                ? throw new GraphQLException("The upstream is down.", ErrorCodes.InternalServerError)
                : new ValueTask<object?>("answer " + call);
        })
        .AddResolver("Query", "slow", async context =>
        {
            var backend = context.Services.GetRequiredService<CacheBackend>();
            backend.Call("slow");
            if (backend.Gate is { } gate)
            {
                await gate.Task;
            }

            return "slow answer";
        })
        .AddResolver("Mutation", "bump", context => new ValueTask<object?>(context.Services.GetRequiredService<CacheBackend>().Call("bump")))
        .Build();

    public static async Task<CachingHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>(StringComparer.Ordinal));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider());
        builder.Services.AddSingleton<CacheBackend>();
        builder.Services.AddGatewayCaching(builder.Configuration);
        services?.Invoke(builder.Services);
        builder.Services.AddGraphQLServer().AddSchema(CreateSchema()).AddResponseCache();
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new CachingHost(app);
    }

    /// <summary>Replaces the store the cache uses (registered before the caching library, so it wins).</summary>
    public static Action<IServiceCollection> WithStore(ICacheStore store) => services => services.Replace(ServiceDescriptor.Singleton(store));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
