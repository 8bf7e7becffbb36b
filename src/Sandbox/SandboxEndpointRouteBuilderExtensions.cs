using Gateway.Sandbox.Eclaire;
using Gateway.Sandbox.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Sandbox;

/// <summary>Maps the sandbox onto a host (the standalone sandbox, or the gateway so it runs offline).</summary>
public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>Maps everything: ECLAIRE, Posos, Google's token endpoint and the test-support routes. Builds the ECLAIRE data set now.</summary>
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapEclaireSandbox();
        endpoints.MapSandboxTestSupport();
        return endpoints;
    }

    /// <summary>Maps the ECLAIRE routes (<c>/R4/...</c>, <c>/api/statistics</c>) and builds the data set now.</summary>
    public static IEndpointRouteBuilder MapEclaireSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var sandbox = endpoints.ServiceProvider.GetRequiredService<EclaireSandbox>();
        EclaireEndpoints.Map(endpoints, sandbox.Options);
        return endpoints;
    }

    /// <summary>Maps the test-support routes under <see cref="SandboxOptions.TestSupportPrefix"/> (default <c>/_sandbox</c>).</summary>
    public static IEndpointRouteBuilder MapSandboxTestSupport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value;
        TestSupportEndpoints.Map(endpoints, options.TestSupportPrefix);
        return endpoints;
    }
}
