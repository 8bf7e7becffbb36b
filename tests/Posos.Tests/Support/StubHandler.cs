using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Gateway.Posos.Tests.Support;

/// <summary>A fake upstream: answers with a function of the call number and records every request with the fake time.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond, TimeProvider time)
    : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _count;

    public int CallCount => Volatile.Read(ref _count);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(string text, HttpStatusCode status, string mediaType = "text/html") =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent(string.Empty) };

    public static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = Json("""{"detail":"Too Many Requests"}""", HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _count);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization,
            request.Content?.Headers.ContentType?.ToString(),
            request.Content?.Headers.ContentLength,
            request.Headers.Accept.ToString(),
            request.Headers.UserAgent.ToString(),
            body,
            time.GetUtcNow()));
        return await respond(request, number, cancellationToken);
    }
}
