using System.Net;
using Polly;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>
/// What counts as transient: 5xx, 408 and 429 answers, attempt timeouts and connection failures
/// (<see cref="HttpRequestException"/>). Every other 4xx (400, 401, 403, 404, 422, ...) is final and never retried.
/// </summary>
public static class TransientFailures
{
    /// <summary>True for 5xx, 408 and 429.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>True for connection failures and attempt timeouts.</summary>
    public static bool IsTransient(Exception? exception) =>
        exception is HttpRequestException or TimeoutRejectedException;

    /// <summary>Failures that say the upstream is unwell (429 is throttling, not illness, and does not count).</summary>
    public static bool CountsAgainstCircuit(Outcome<HttpResponseMessage> outcome) =>
        IsTransient(outcome.Exception)
        || (outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout));

    /// <summary>
    /// Whether an attempt's outcome is retried: a transient failure, unless the server asks (<c>Retry-After</c>) for a
    /// longer pause than <paramref name="maxRetryAfter"/>; that one is answered with the failure, not with a wait.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Exception is not null)
        {
            return IsTransient(outcome.Exception);
        }

        if (outcome.Result is not { } response || !IsTransient(response.StatusCode))
        {
            return false;
        }

        return RetryAfter(response, time) is not { } wait || wait <= maxRetryAfter;
    }

    /// <summary>The wait a response asks for (<c>Retry-After</c> in seconds or as a date, never negative), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
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
