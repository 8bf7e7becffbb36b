using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Gateway.Eclaire.Tests.Support;

/// <summary>A fake ECLAIRE: answers with a function of the request and records every call with the fake time.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond, TimeProvider time)
    : HttpMessageHandler
{
    private readonly ConcurrentQueue<(Uri Uri, DateTimeOffset At, string? Accept)> _calls = new();
    private int _count;

    public int CallCount => Volatile.Read(ref _count);

    public IReadOnlyList<(Uri Uri, DateTimeOffset At, string? Accept)> Calls => [.. _calls];

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/fhir+json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Fixture(string name, HttpStatusCode status = HttpStatusCode.OK) =>
        Json(Fixtures.Text(name), status);

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent(string.Empty) };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _count);
        _calls.Enqueue((request.RequestUri!, time.GetUtcNow(), request.Headers.Accept.ToString()));
        return respond(request, number, cancellationToken);
    }
}
