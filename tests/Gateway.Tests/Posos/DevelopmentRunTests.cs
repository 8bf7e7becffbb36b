using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Posos;

/// <summary>
/// The default run (Development): Posos is the sandbox mounted in the gateway (<c>/sandbox/posos/</c>, token
/// <c>sandbox-token</c>), called over HTTP on the gateway's own address; a Posos setting turns that off.
/// </summary>
public sealed class DevelopmentRunTests
{
    [Fact]
    public async Task In_development_posos_answers_from_the_in_process_sandbox()
    {
        var logs = new LogCapture();
        await using var factory = new DevelopmentGateway(logs, settings: []);
        using var client = new HttpClient { BaseAddress = factory.StartAndGetAddress() };

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = ContraindicationTests.DocumentedQuery, variables = ContraindicationTests.DocumentedVariables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var operations = JsonDocument.Parse(await client.GetStringAsync(new Uri("/_sandbox/posos/operations", UriKind.Relative))).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("Grossesse", body.GetProperty("data").GetProperty("contraindications")[0].GetProperty("designation").GetString());
        Assert.Equal("/aort/v1/graphql", Assert.Single(operations.EnumerateArray()).GetProperty("path").GetString());
        Assert.Contains(logs.Lines, line => line.Contains("Posos: the in-process sandbox at /sandbox/posos/aort/v1/graphql", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("sandbox-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_posos_setting_turns_the_sandbox_s_posos_off()
    {
        var logs = new LogCapture();
        await using var factory = new DevelopmentGateway(logs, settings: new() { ["Posos:BaseUrl"] = "http://127.0.0.1:9/" });
        using var client = new HttpClient { BaseAddress = factory.StartAndGetAddress() };

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = ContraindicationTests.DocumentedQuery, variables = ContraindicationTests.DocumentedVariables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("UPSTREAM_NOT_CONFIGURED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(logs.Lines, line => line.Contains("Posos: http://127.0.0.1:9/aort/v1/graphql, but no credentials are configured", StringComparison.Ordinal));
    }

    private sealed class DevelopmentGateway : WebApplicationFactory<Program>
    {
        private readonly LogCapture _logs;
        private readonly Dictionary<string, string> _settings;

        public DevelopmentGateway(LogCapture logs, Dictionary<string, string> settings)
        {
            _logs = logs;
            _settings = settings;
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }

        public Uri StartAndGetAddress()
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Sandbox:Eclaire:Scale", "0.02");
            builder.UseSetting("Sandbox:WarmUpInBackground", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(_logs);
            });
        }
    }
}
