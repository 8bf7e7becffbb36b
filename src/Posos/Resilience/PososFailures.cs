using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Gateway.Upstream;

namespace Gateway.Posos.Resilience;

/// <summary>
/// Builds the client's typed exceptions with messages that name the upstream and the HTTP status, and nothing else
/// (never a token, a header value or a body).
/// </summary>
internal static class PososFailures
{
    public static string Name(PososUpstream upstream) => upstream == PososUpstream.Api ? "Posos" : "The token endpoint";

    public static PososUnavailableException Unavailable(PososUpstream upstream, string what, Exception? inner = null) =>
        new($"{Name(upstream)} {what}", inner) { FromTokenEndpoint = upstream == PososUpstream.TokenEndpoint };

    public static PososUnavailableException Unavailable(PososUpstream upstream, string what, HttpStatusCode status) =>
        new($"{Name(upstream)} {what}", status) { FromTokenEndpoint = upstream == PososUpstream.TokenEndpoint };

    public static PososTimeoutException Timeout(PososUpstream upstream, string what, Exception? inner = null) =>
        new($"{Name(upstream)} {what}", inner) { FromTokenEndpoint = upstream == PososUpstream.TokenEndpoint };

    /// <summary>The exception for an HTTP answer that is a transient failure or an unexpected status: 408, 429, 5xx, others.</summary>
    public static PososException ForStatus(PososUpstream upstream, HttpResponseMessage response, TimeProvider time)
    {
        var status = response.StatusCode;
        var code = Describe(status);
        return status switch
        {
            HttpStatusCode.RequestTimeout => Timeout(upstream, $"answered {code}."),
            HttpStatusCode.TooManyRequests => new PososRateLimitedException($"{Name(upstream)} answered {code}.")
            {
                FromTokenEndpoint = upstream == PososUpstream.TokenEndpoint,
                RetryAfter = TransientFailures.RetryAfter(response, time),
            },
            _ when (int)status >= 500 => Unavailable(upstream, $"answered {code}.", status),
            _ => Unavailable(upstream, $"answered an unexpected {code}.", status),
        };
    }

    public static string Describe(HttpStatusCode status) =>
        ((int)status).ToString(CultureInfo.InvariantCulture) + (ReasonPhrase(status) is { } phrase ? " " + phrase : string.Empty);

    private static string? ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.RequestTimeout => "Request Timeout",
        HttpStatusCode.UnprocessableEntity => "Unprocessable Entity",
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => null,
    };

    /// <summary>The media type of an answer, for messages (e.g. <c>text/html</c>); never its body.</summary>
    public static string MediaType(HttpContentHeaders? headers) => headers?.ContentType?.MediaType ?? "no content type";
}
