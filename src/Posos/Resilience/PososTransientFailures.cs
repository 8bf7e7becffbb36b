using System.Net;
using Polly;
using Polly.Timeout;

namespace Gateway.Posos.Resilience;

/// <summary>
/// What counts as transient: 5xx, 408 and 429 answers, attempt timeouts and connection failures
/// (<see cref="HttpRequestException"/>). Every other 4xx (400, 401, 403, 404, 422, ...) is final and never retried.
/// </summary>
internal static class PososTransientFailures
{
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    public static bool IsTransient(Exception? exception) =>
        exception is HttpRequestException or TimeoutRejectedException;

    /// <summary>Failures that say the upstream is unwell (429 is throttling, not illness, and does not count).</summary>
    public static bool CountsAgainstCircuit(Outcome<HttpResponseMessage> outcome) =>
        IsTransient(outcome.Exception)
        || (outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout));

    /// <summary>The wait a response asks for (<c>Retry-After</c> in seconds or as a date), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
