using System.Net;
using System.Text.Json;

namespace Gateway.Tests.Caching;

/// <summary>A GraphQL answer with its caching headers (as sent: X-Cache, Cache-Control, ETag, Age).</summary>
public sealed class CachedQueryResult
{
    private CachedQueryResult(HttpResponseMessage response, string body)
    {
        Status = response.StatusCode;
        Body = body;
        XCache = Header(response, "X-Cache");
        CacheControl = Header(response, "Cache-Control");
        ETag = Header(response, "ETag");
        Age = Header(response, "Age");
    }

    public HttpStatusCode Status { get; }

    public string Body { get; }

    public string? XCache { get; }

    public string? CacheControl { get; }

    public string? ETag { get; }

    public string? Age { get; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public bool HasErrors => Body.Length > 0 && Json.TryGetProperty("errors", out _);

    public JsonElement Data => Json.GetProperty("data");

    public static async Task<CachedQueryResult> ReadAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStringAsync());

    public override string ToString() => $"{(int)Status} X-Cache={XCache} Cache-Control={CacheControl}: {Body}";

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
