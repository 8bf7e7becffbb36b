using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Gateway.Sandbox.TestSupport;

/// <summary>
/// A response of known bytes. With <see cref="WithEntityTag"/>, it carries a weak ETag as Express computes
/// it (<c>W/"&lt;length hex&gt;-&lt;SHA-1 base64, 27 chars&gt;"</c>) and answers 304 to a matching
/// <c>If-None-Match</c>, as the ECLAIRE API's Express server does.
/// </summary>
internal sealed class SandboxResult(int statusCode, string? contentType, byte[] body) : IResult
{
    public int StatusCode { get; } = statusCode;

    public string? ContentType { get; } = contentType;

    public byte[] Body { get; } = body;

    public bool WithEntityTag { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static SandboxResult Text(int statusCode, string text) =>
        new(statusCode, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (ContentType is not null)
        {
            response.ContentType = ContentType;
        }

        if (Headers is not null)
        {
            foreach (var (name, value) in Headers)
            {
                response.Headers[name] = value;
            }
        }

        if (WithEntityTag && StatusCode is >= 200 and < 300)
        {
            var tag = EntityTag(Body);
            response.Headers.ETag = tag;
            if (httpContext.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } ifNoneMatch
                && ifNoneMatch.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*"))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted).ConfigureAwait(false);
    }

    private static string EntityTag(byte[] body)
    {
#pragma warning disable CA5350 // Not for security: this is how Express computes its ETags.
        var hash = Convert.ToBase64String(SHA1.HashData(body))[..27];
#pragma warning restore CA5350
        return $"W/\"{body.Length:x}-{hash}\"";
    }
}
