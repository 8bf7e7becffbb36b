using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.TestSupport;

/// <summary>
/// Runs around every sandbox route: counts the request, then applies the fault configured for its
/// upstream and route (latency, dropped connection, status code, malformed body).
/// </summary>
internal sealed class SandboxRouteFilter(string upstream, string route) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var services = http.RequestServices;
        services.GetRequiredService<RequestCounter>().Increment(upstream, route);
        var decision = services.GetRequiredService<FaultInjector>().Decide(upstream, route);
        if (decision is null)
        {
            return await next(context).ConfigureAwait(false);
        }

        var (rule, fail) = decision.Value;
        if (rule.LatencyMs > 0)
        {
            await Task.Delay(rule.LatencyMs, http.RequestAborted).ConfigureAwait(false);
        }

        if (!fail)
        {
            return await next(context).ConfigureAwait(false);
        }

        if (rule.DropConnection)
        {
            http.Abort();
            return Results.Empty;
        }

        if (rule.StatusCode is { } statusCode)
        {
            return FaultBody(statusCode);
        }

        return new MalformedResult(await next(context).ConfigureAwait(false), rule.MalformedBody!);
    }

    /// <summary>The body an injected status carries, in the style of the upstream that fails.</summary>
    private SandboxResult FaultBody(int statusCode)
    {
        var reason = ReasonPhrases(statusCode);
        return upstream switch
        {
            SandboxUpstream.Eclaire => new SandboxResult(statusCode, "application/json; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(
                "{\"statusCode\":" + statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"message\":\"" + reason + "\"}")),
            SandboxUpstream.Google => new SandboxResult(statusCode, "application/json; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(
                "{\"error\":\"internal_failure\",\"error_description\":\"" + reason + "\"}")),
            _ => SandboxResult.Text(statusCode, reason),
        };
    }

    private static string ReasonPhrases(int statusCode) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Error";
}
