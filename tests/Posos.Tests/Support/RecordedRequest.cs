using System.Net.Http.Headers;

namespace Gateway.Posos.Tests.Support;

/// <summary>What a stub received: the request line, headers and body as read, and the fake time.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    AuthenticationHeaderValue? Authorization,
    string? ContentType,
    long? ContentLength,
    string Accept,
    string UserAgent,
    string Body,
    DateTimeOffset At);
