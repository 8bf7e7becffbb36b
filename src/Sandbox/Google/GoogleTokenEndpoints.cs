using Gateway.Sandbox.Common;
using Gateway.Sandbox.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Sandbox.Google;

/// <summary>Maps <c>POST /token</c>, the stand-in for <c>https://oauth2.googleapis.com/token</c>.</summary>
internal static class GoogleTokenEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, GoogleTokenSandboxOptions options)
    {
        endpoints.MapGroup(options.PathPrefix)
            .MapPost("/token", async (HttpContext http, GoogleTokenService tokens) =>
            {
                string? grantType = null;
                string? assertion = null;
                if (http.Request.HasFormContentType)
                {
                    var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
                    grantType = form["grant_type"].ToString();
                    assertion = form["assertion"].ToString();
                }

                var (token, error) = tokens.Exchange(grantType, assertion);
                return token is not null
                    ? JsonResults.Json(token, GoogleJsonContext.Default.TokenResponse)
                    : JsonResults.Json(error!, GoogleJsonContext.Default.TokenError, 400);
            })
            .AddEndpointFilter(new SandboxRouteFilter(SandboxUpstream.Google, "POST /token"))
            .ExcludeFromDescription();
    }
}
