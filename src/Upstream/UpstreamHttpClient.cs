using System.Net;

namespace Gateway.Upstream;

/// <summary>How an upstream client's HttpClient and primary handler are set up (see each client's <c>Add*Client</c>).</summary>
public static class UpstreamHttpClient
{
    /// <summary>
    /// Sets the base address (with a trailing slash, so relative routes append to its path) when one is given, no
    /// HttpClient timeout (the resilience pipeline owns every timeout), the Accept media types in order, and the
    /// User-Agent.
    /// </summary>
    public static void Configure(HttpClient http, Uri? baseUrl, string userAgent, params IEnumerable<string> accept)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(accept);
        if (baseUrl is not null)
        {
            http.BaseAddress = WithTrailingSlash(baseUrl);
        }

        http.Timeout = Timeout.InfiniteTimeSpan;
        foreach (var mediaType in accept)
        {
            http.DefaultRequestHeaders.Accept.ParseAdd(mediaType);
        }

        http.DefaultRequestHeaders.UserAgent.TryParseAdd(userAgent);
    }

    /// <summary>
    /// The primary handler: every compression accepted, pooled connections renewed every 5 minutes so DNS changes are
    /// seen, redirects followed or not.
    /// </summary>
    public static SocketsHttpHandler CreatePrimaryHandler(bool allowAutoRedirect = true) => new()
    {
        AllowAutoRedirect = allowAutoRedirect,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary><paramref name="baseUrl"/> ending with a slash.</summary>
    public static Uri WithTrailingSlash(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }
}
