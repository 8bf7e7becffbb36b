using System.Globalization;
using Gateway.GraphQL.CacheControl;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>The HTTP side of the response cache: <c>Cache-Control</c>, <c>ETag</c>, <c>Age</c>, <c>X-Cache</c>, and <c>If-None-Match</c>.</summary>
internal static class ResponseCacheHeaders
{
    /// <summary>The header saying where the answer came from: HIT, STALE, MISS or BYPASS.</summary>
    public const string XCache = "X-Cache";

    public const string Hit = "HIT";
    public const string Stale = "STALE";
    public const string Miss = "MISS";
    public const string Bypass = "BYPASS";
    public const string NoStore = "no-store";

    /// <summary><c>public, max-age=N</c> or <c>private, max-age=N</c>; <c>no-store</c> when not cacheable.</summary>
    public static string CacheControl(CachePolicy policy, TimeSpan maxTimeToLive)
    {
        if (!policy.IsCacheable)
        {
            return NoStore;
        }

        var seconds = Math.Min(policy.MaxAge, (long)maxTimeToLive.TotalSeconds);
        return (policy.IsPrivate ? "private, max-age=" : "public, max-age=") + seconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The weak ETag of a body hash, told apart per media type (the same bytes are two representations).</summary>
    public static string ETag(string hash, ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? $"W/\"{hash}-gr\"" : $"W/\"{hash}\"";

    /// <summary>True when <c>If-None-Match</c> names <paramref name="etag"/> (weak comparison) or is <c>*</c>.</summary>
    public static bool NotModified(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whole seconds (floor, never negative) for <c>Age</c>.</summary>
    public static string Seconds(TimeSpan span) =>
        ((long)Math.Max(0, Math.Floor(span.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
}
