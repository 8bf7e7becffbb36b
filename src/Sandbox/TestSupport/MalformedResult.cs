using Microsoft.AspNetCore.Http;

namespace Gateway.Sandbox.TestSupport;

/// <summary>Runs the real answer, then corrupts its body: <c>truncated</c> (first half), <c>garbage</c> (not JSON), <c>html</c> (a proxy's error page).</summary>
internal sealed class MalformedResult(object? inner, string mode) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            if (inner is IResult result)
            {
                await result.ExecuteAsync(httpContext).ConfigureAwait(false);
            }
        }
        finally
        {
            response.Body = original;
        }

        var bytes = buffer.ToArray();
        byte[] corrupted;
        switch (mode.ToLowerInvariant())
        {
            case "garbage":
                corrupted = "\u001f\u008b<<not json>>\u0000"u8.ToArray();
                break;
            case "html":
                response.ContentType = "text/html; charset=UTF-8";
                corrupted = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"u8.ToArray();
                break;
            default:
                corrupted = bytes[..(bytes.Length / 2)];
                break;
        }

        response.Headers.ETag = default;
        response.ContentLength = corrupted.Length;
        await original.WriteAsync(corrupted, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
