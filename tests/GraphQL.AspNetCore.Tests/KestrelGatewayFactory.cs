using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>The gateway host on a real Kestrel socket (127.0.0.1, a free port), for a real browser.</summary>
public sealed class KestrelGatewayFactory : WebApplicationFactory<Program>
{
    public KestrelGatewayFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server (once) and gives its address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("GraphQL:Ide:Enabled", "true");
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
