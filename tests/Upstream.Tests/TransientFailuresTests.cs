using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Timeout;

namespace Gateway.Upstream.Tests;

public sealed class TransientFailuresTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.UnprocessableEntity, false)]
    [InlineData(HttpStatusCode.Found, false)]
    public void Only_5xx_408_and_429_are_transient(HttpStatusCode status, bool transient) =>
        Assert.Equal(transient, TransientFailures.IsTransient(status));

    [Fact]
    public void Connection_failures_and_attempt_timeouts_are_transient_other_exceptions_are_not()
    {
        Assert.True(TransientFailures.IsTransient(new HttpRequestException("refused")));
        Assert.True(TransientFailures.IsTransient(new TimeoutRejectedException()));
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException()));
        Assert.False(TransientFailures.IsTransient((Exception?)null));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void Throttling_and_refusals_do_not_count_against_the_circuit(HttpStatusCode status, bool counts)
    {
        using var response = new HttpResponseMessage(status);
        Assert.Equal(counts, TransientFailures.CountsAgainstCircuit(Outcome.FromResult(response)));
    }

    [Fact]
    public void Retry_after_is_read_in_seconds_or_as_a_date_and_never_negative()
    {
        var clock = new ManualTimeProvider();
        using var seconds = WithRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));
        using var date = WithRetryAfter(new RetryConditionHeaderValue(clock.GetUtcNow() + TimeSpan.FromSeconds(4)));
        using var past = WithRetryAfter(new RetryConditionHeaderValue(clock.GetUtcNow() - TimeSpan.FromMinutes(1)));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(7), TransientFailures.RetryAfter(seconds, clock));
        Assert.Equal(TimeSpan.FromSeconds(4), TransientFailures.RetryAfter(date, clock));
        Assert.Equal(TimeSpan.Zero, TransientFailures.RetryAfter(past, clock));
        Assert.Null(TransientFailures.RetryAfter(none, clock));
        Assert.Null(TransientFailures.RetryAfter(null, clock));
    }

    [Fact]
    public void A_retry_after_longer_than_allowed_is_not_retried()
    {
        var clock = new ManualTimeProvider();
        using var shortWait = WithRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(10)));
        using var longWait = WithRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(11)));
        using var refused = new HttpResponseMessage(HttpStatusCode.BadRequest);

        Assert.True(TransientFailures.ShouldRetry(Outcome.FromResult(shortWait), TimeSpan.FromSeconds(10), clock));
        Assert.False(TransientFailures.ShouldRetry(Outcome.FromResult(longWait), TimeSpan.FromSeconds(10), clock));
        Assert.False(TransientFailures.ShouldRetry(Outcome.FromResult(refused), TimeSpan.FromSeconds(10), clock));
        Assert.True(TransientFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), TimeSpan.Zero, clock));
    }

    private static HttpResponseMessage WithRetryAfter(RetryConditionHeaderValue retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
