using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests;

/// <summary>
/// The default run (Development): the sandbox is mounted in the gateway under <c>/sandbox/eclaire</c> and the gateway
/// calls it over HTTP on its own listening address, here Kestrel on 127.0.0.1 and a free port. An explicit
/// <c>Eclaire:BaseUrl</c> turns the sandbox off.
/// </summary>
public sealed class DefaultRunTests
{
    [Fact]
    public async Task In_development_the_gateway_answers_from_its_in_process_sandbox()
    {
        await using var factory = new DevelopmentGateway(eclaireBaseUrl: null);
        var address = factory.StartAndGetAddress();
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ statistics { totalStudies } studies(first: 2) { nodes { eclaireId sites { name } } } }" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var counts = JsonDocument.Parse(await client.GetStringAsync(new Uri("/_sandbox/requests", UriKind.Relative))).RootElement;
        var direct = await client.GetAsync(new Uri("/sandbox/eclaire/api/statistics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.True(body.GetProperty("data").GetProperty("statistics").GetProperty("totalStudies").GetInt32() > 0);
        Assert.Equal(2, body.GetProperty("data").GetProperty("studies").GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, counts.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }

    [Fact]
    public async Task An_explicit_eclaire_base_url_turns_the_sandbox_off()
    {
        await using var factory = new DevelopmentGateway(eclaireBaseUrl: "http://127.0.0.1:9/");
        var address = factory.StartAndGetAddress();
        using var client = new HttpClient { BaseAddress = address };

        using var sandbox = await client.GetAsync(new Uri("/_sandbox/requests", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, sandbox.StatusCode);
    }

    private sealed class DevelopmentGateway : WebApplicationFactory<Program>
    {
        private readonly string? _eclaireBaseUrl;

        public DevelopmentGateway(string? eclaireBaseUrl)
        {
            _eclaireBaseUrl = eclaireBaseUrl;
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
            if (_eclaireBaseUrl is not null)
            {
                builder.UseSetting("Eclaire:BaseUrl", _eclaireBaseUrl);
            }

            builder.ConfigureLogging(logging => logging.ClearProviders());
        }
    }
}
