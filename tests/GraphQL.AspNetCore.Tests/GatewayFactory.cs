using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>
/// The gateway host in memory (TestServer, Development environment), its console logging silenced and its in-process
/// sandbox off (these tests never reach ECLAIRE; tests/Gateway.Tests covers it).
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseSetting("Sandbox:Enabled", "false")
        .ConfigureLogging(logging => logging.ClearProviders());
}
