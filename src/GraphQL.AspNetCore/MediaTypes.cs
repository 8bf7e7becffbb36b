using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>Content negotiation for the GraphQL endpoint: which media type answers, and which request bodies are read.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";
    public const string TextPlainUtf8 = "text/plain; charset=utf-8";
    public const string TextHtml = "text/html";

    public static string ContentType(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;

    /// <summary>
    /// Picks the response media type from <c>Accept</c>: the acceptable type of highest quality, an exact
    /// type before a wildcard (<c>*/*</c> and <c>application/*</c> mean application/json), and
    /// application/graphql-response+json before application/json at equal rank. No (or an unreadable)
    /// <c>Accept</c> means application/json; null means nothing offered is acceptable (406).
    /// </summary>
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var values)
            || values.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        ResponseMediaType? best = null;
        var bestQuality = 0.0;
        var bestRank = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0 || !IsUtf8Compatible(value))
            {
                continue;
            }

            (ResponseMediaType Type, int Rank)? candidate = value.MediaType.Value switch
            {
                var t when IsType(t, GraphQLResponseJson) => (ResponseMediaType.GraphQLResponseJson, 3),
                var t when IsType(t, Json) => (ResponseMediaType.Json, 2),
                var t when IsType(t, "application/*") || IsType(t, "*/*") => (ResponseMediaType.Json, 1),
                _ => null,
            };
            if (candidate is not { } c)
            {
                continue;
            }

            if (best is null || quality > bestQuality || (quality.Equals(bestQuality) && c.Rank > bestRank))
            {
                best = c.Type;
                bestQuality = quality;
                bestRank = c.Rank;
            }
        }

        return best;
    }

    /// <summary>True when <c>Accept</c> asks for HTML (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(HttpRequest request)
    {
        foreach (var header in request.Headers.Accept)
        {
            if (header is not null && header.Contains(TextHtml, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a JSON request body: <c>application/json</c>, with no charset or utf-8 (JSON is UTF-8,
    /// RFC 8259). Null or any other type is refused with 415.
    /// </summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var value))
        {
            return false;
        }

        return IsType(value.MediaType.Value, Json) && IsUtf8Compatible(value);
    }

    private static bool IsUtf8Compatible(MediaTypeHeaderValue value)
    {
        // A parameter value may be a quoted-string (RFC 9110 §5.6.6): charset="utf-8" is charset=utf-8.
        var charset = HeaderUtilities.RemoveQuotes(value.Charset);
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsType(string? actual, string expected) => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
}
