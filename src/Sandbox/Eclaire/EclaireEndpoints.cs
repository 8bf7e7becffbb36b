using Gateway.Sandbox.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Sandbox.Eclaire;

/// <summary>Maps the ECLAIRE routes at their real paths: <c>/R4/ResearchStudy</c>, <c>/R4/ResearchStudy/{id}</c>, <c>/R4/Group/{id}</c>, <c>/R4/Location/{id}</c>, <c>/R4/Organization/{id}</c>, <c>/api/statistics</c>.</summary>
internal static partial class EclaireEndpoints
{
    private static readonly string[] ReadMethods = ["GET", "HEAD"];
    private static readonly string[] OtherMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public static void Map(IEndpointRouteBuilder endpoints, EclaireSandboxOptions options)
    {
        var group = endpoints.MapGroup(options.PathPrefix);
        Route(group, "/R4/ResearchStudy", "GET /R4/ResearchStudy", (http, sandbox) => sandbox.Search(http.Request.QueryString.Value, BaseUrl(http, sandbox)));
        Route(group, "/R4/ResearchStudy/{id}", "GET /R4/ResearchStudy/{id}", (http, sandbox) => sandbox.ReadStudy(Id(http)));
        Route(group, "/R4/Group/{id}", "GET /R4/Group/{id}", (http, sandbox) => sandbox.ReadGroup(Id(http)));
        Route(group, "/R4/Location/{id}", "GET /R4/Location/{id}", (http, sandbox) => sandbox.ReadLocation(Id(http)));
        Route(group, "/R4/Organization/{id}", "GET /R4/Organization/{id}", (http, sandbox) => sandbox.ReadOrganization(Id(http)));
        Route(group, "/api/statistics", "GET /api/statistics", (_, sandbox) => sandbox.Statistics());
    }

    private static void Route(RouteGroupBuilder group, string pattern, string key, Func<HttpContext, EclaireSandbox, EclaireResponse> handle)
    {
        group.MapMethods(pattern, ReadMethods, (HttpContext http) => Handle(http, handle))
            .AddEndpointFilter(new SandboxRouteFilter(SandboxUpstream.Eclaire, key))
            .ExcludeFromDescription();
        group.MapMethods(pattern, OtherMethods, (HttpContext http) => Result(EclaireErrors.RouteNotFound(http.Request.Method, http.Request.Path), null))
            .ExcludeFromDescription();
    }

    private static SandboxResult Handle(HttpContext http, Func<HttpContext, EclaireSandbox, EclaireResponse> handle)
    {
        var sandbox = http.RequestServices.GetRequiredService<EclaireSandbox>();
        var throttle = sandbox.RateLimiter.Acquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!throttle.Allowed)
        {
            return Result(EclaireErrors.TooManyRequests(), throttle.Headers);
        }

        EclaireResponse response;
        try
        {
            response = handle(http, sandbox);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailure(http.RequestServices.GetRequiredService<ILogger<EclaireSandbox>>(), http.Request.Path, exception);
            response = EclaireErrors.InternalError(EclaireResponse.Json);
        }

        return Result(response, throttle.Headers);
    }

    private static SandboxResult Result(EclaireResponse response, IReadOnlyDictionary<string, string>? extraHeaders)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Access-Control-Allow-Origin"] = "https://www.data.gouv.fr",
            ["Vary"] = "Origin",
        };
        if (extraHeaders is not null)
        {
            foreach (var (name, value) in extraHeaders)
            {
                headers[name] = value;
            }
        }

        return new SandboxResult(response.StatusCode, response.ContentType, response.Body) { WithEntityTag = true, Headers = headers };
    }

    private static string Id(HttpContext http) => (string)http.Request.RouteValues["id"]!;

    /// <summary>The API's <c>ECLAIRE_URL</c>: the configured public base, or this request's own (so links lead back here).</summary>
    private static string BaseUrl(HttpContext http, EclaireSandbox sandbox)
    {
        if (sandbox.Options.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.EndsWith('/') ? configured : configured + "/";
        }

        var request = http.Request;
        var prefix = sandbox.Options.PathPrefix.TrimEnd('/');
        return $"{request.Scheme}://{request.Host}{request.PathBase}{prefix}/";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ECLAIRE sandbox failed on {Path}")]
    private static partial void LogFailure(ILogger logger, PathString path, Exception exception);
}
