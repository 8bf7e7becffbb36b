using Gateway.Sandbox.Eclaire;
using Gateway.Sandbox.Google;
using Gateway.Sandbox.Posos;
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
        endpoints.MapPososSandbox();
        endpoints.MapGoogleTokenSandbox();
        endpoints.MapSandboxTestSupport();
        return endpoints;
    }

    /// <summary>Maps the ECLAIRE routes (<c>/R4/...</c>, <c>/api/statistics</c>) and builds the data set now.</summary>
    public static IEndpointRouteBuilder MapEclaireSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var sandbox = endpoints.ServiceProvider.GetRequiredService<EclaireSandbox>();
        EclaireEndpoints.Map(endpoints, sandbox.Options);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value.WarmUpInBackground)
        {
            sandbox.DataSet.WarmTextIndexInBackground();
        }

        return endpoints;
    }

    /// <summary>Maps the Posos routes (<c>POST /aort/v1/graphql</c>, <c>POST /aort-api-v3/v1/graphql</c>, <c>GET /autocomplete-api/autocomplete</c>).</summary>
    public static IEndpointRouteBuilder MapPososSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var sandbox = endpoints.ServiceProvider.GetRequiredService<PososSandbox>();
        PososEndpoints.Map(endpoints, sandbox.Options);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value.WarmUpInBackground)
        {
            _ = Task.Run(() => sandbox.Executor);
        }

        return endpoints;
    }

    /// <summary>Maps <c>POST /token</c>, the stand-in for Google's OAuth token endpoint (JWT-bearer grant → ID token).</summary>
    public static IEndpointRouteBuilder MapGoogleTokenSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value;
        GoogleTokenEndpoints.Map(endpoints, options.Google);
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
