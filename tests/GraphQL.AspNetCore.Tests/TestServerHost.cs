using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>An in-memory server (TestServer) running <c>AddGraphQLServer</c> + <c>MapGraphQL</c> with a given schema and options.</summary>
public sealed class TestServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServerHost(WebApplication app, TestLogSink logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public TestLogSink Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestServerHost> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        string environment = "Production",
        Schema? schema = null,
        string pattern = "/graphql",
        IEnumerable<KeyValuePair<string, string?>>? configuration = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();

        // Only the test's own settings: not the appsettings.json of the Gateway project copied beside the tests, nor the environment.
        builder.Configuration.Sources.Clear();
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        var logs = new TestLogSink();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddScoped<RequestScopeMarker>();
        var server = builder.Services.AddGraphQLServer().AddSchema(schema ?? TestSchema.Create());
        if (configure is not null)
        {
            server.ModifyOptions(configure);
        }

        var app = builder.Build();
        app.MapGraphQL(pattern);
        await app.StartAsync();
        return new TestServerHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
