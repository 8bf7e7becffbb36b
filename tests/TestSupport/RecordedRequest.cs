using System.Net.Http.Headers;

namespace Gateway.TestSupport;

/// <summary>What a stub received: the request line, headers and body as read, and the fake time.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    AuthenticationHeaderValue? Authorization,
    string? ContentType,
    long? ContentLength,
    string Accept,
    string UserAgent,
    string Body,
    DateTimeOffset At);
