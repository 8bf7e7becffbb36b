using System.Net;
using System.Net.Http.Headers;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

/// <summary>Retries, Retry-After, circuit breaker and timeouts, on a manual clock (nothing sleeps).</summary>
public sealed class ResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // The longest back-off (RetryMaxDelay's default), shorter than the attempt timeout (10 s): the timers the clock is moved to.
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Transient_statuses_are_retried_then_succeed(HttpStatusCode status)
    {
        using var test = new TestClient((_, call, _) => Task.FromResult(call < 3 ? StubHandler.Status(status) : EclaireResponses.Fixture("ResearchStudy.snap.json")));

        var study = await test.Clock.RunThroughBackOffAsync(test.Client.GetStudyAsync("2022-500014-26-00", None), BackOff);

        Assert.Equal("2022-500014-26-00", study!.Id);
        Assert.Equal(3, test.Stub.CallCount);
    }

    [Fact]
    public async Task Server_errors_after_the_last_retry_are_unavailable()
    {
        using var test = new TestClient((_, _, _) => Task.FromResult(StubHandler.Status(HttpStatusCode.ServiceUnavailable)));

        var call = test.Client.GetStudyAsync("x", None);
        var error = await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Clock.RunThroughBackOffAsync(call, BackOff));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.False(error.CircuitOpen);
        Assert.Equal(3, test.Stub.CallCount);
    }

    [Fact]
    public async Task Retry_delays_grow_with_jitter_from_the_base_delay()
    {
        using var test = new TestClient(
            (_, _, _) => Task.FromResult(StubHandler.Status(HttpStatusCode.InternalServerError)),
            new Dictionary<string, string?> { ["Eclaire:MaxRetryAttempts"] = "3", ["Eclaire:RetryBaseDelay"] = "00:00:01", ["Eclaire:RetryMaxDelay"] = "00:00:05" });

        await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Clock.RunThroughBackOffAsync(test.Client.GetStudyAsync("x", None), TimeSpan.FromSeconds(5)));

        // The clock moves exactly to each retry's timer: the gaps are the delays themselves.
        var times = test.Stub.Requests.Select(c => c.At).ToList();
        Assert.Equal(4, times.Count);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, TimeSpan.Zero, TimeSpan.FromSeconds(5)));
        Assert.True(gaps.Sum(g => g.TotalSeconds) > 0.5, "some back-off happened");
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured_exactly()
    {
        using var test = new TestClient((_, call, _) => Task.FromResult(call == 1 ? TooManyRequests(TimeSpan.FromSeconds(3)) : EclaireResponses.Fixture("ResearchStudy.snap.json")));
        var start = test.Clock.GetUtcNow();

        var study = test.Client.GetStudyAsync("2022-500014-26-00", None);
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(3));
        Assert.Equal(1, test.Stub.CallCount);
        test.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.NotNull(await study.WaitAsync(Eventually.HangGuard));
        Assert.Equal([start, start + TimeSpan.FromSeconds(3)], test.Stub.Requests.Select(c => c.At));
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_honoured()
    {
        ManualTimeProvider? clock = null;
        using var test = new TestClient((_, call, _) =>
        {
            if (call > 1)
            {
                return Task.FromResult(EclaireResponses.Fixture("ResearchStudy.snap.json"));
            }

            var response = StubHandler.Status(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(clock!.GetUtcNow() + TimeSpan.FromSeconds(4));
            return Task.FromResult(response);
        });
        clock = test.Clock;
        var start = test.Clock.GetUtcNow();

        var study = test.Client.GetStudyAsync("2022-500014-26-00", None);
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(4));
        test.Clock.Advance(TimeSpan.FromSeconds(4));

        Assert.NotNull(await study.WaitAsync(Eventually.HangGuard));
        Assert.Equal(start + TimeSpan.FromSeconds(4), test.Stub.Requests[1].At);
    }

    [Fact]
    public async Task Retry_after_longer_than_allowed_is_reported_at_once()
    {
        using var test = TestClient.Answering(_ => TooManyRequests(TimeSpan.FromMinutes(2)));

        var error = await Assert.ThrowsAsync<EclaireRateLimitedException>(() => test.Client.SearchStudiesAsync(new StudySearch(), None));

        Assert.True(error.FromUpstream);
        Assert.Equal(TimeSpan.FromMinutes(2), error.RetryAfter);
        Assert.Equal(1, test.Stub.CallCount);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_unavailable()
    {
        using var test = new TestClient((_, _, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "refused")));

        var error = await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Clock.RunThroughBackOffAsync(test.Client.GetStudyAsync("x", None), BackOff));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Null(error.StatusCode);
        Assert.Equal(3, test.Stub.CallCount);
    }

    [Fact]
    public async Task Circuit_opens_after_failures_refuses_without_calling_then_lets_a_trial_through()
    {
        var healthy = false;
        using var test = new TestClient(
            (_, _, _) => Task.FromResult(healthy ? EclaireResponses.Fixture("ResearchStudy.snap.json") : StubHandler.Status(HttpStatusCode.InternalServerError)),
            new Dictionary<string, string?>
            {
                ["Eclaire:MaxRetryAttempts"] = "0",
                ["Eclaire:CircuitBreaker:MinimumThroughput"] = "2",
                ["Eclaire:CircuitBreaker:FailureRatio"] = "0.5",
                ["Eclaire:CircuitBreaker:BreakDuration"] = "00:00:20",
            });

        await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Client.GetStudyAsync("a", None));
        await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Client.GetStudyAsync("b", None));
        var refused = await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Client.GetStudyAsync("c", None));

        Assert.True(refused.CircuitOpen);
        Assert.Equal(2, test.Stub.CallCount);
        Assert.Equal(90 - 2, test.Limiter.AvailablePermits);

        healthy = true;
        test.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.NotNull(await test.Client.GetStudyAsync("d", None));
        Assert.NotNull(await test.Client.GetStudyAsync("e", None));
        Assert.Equal(4, test.Stub.CallCount);
    }

    [Fact]
    public async Task Client_errors_and_throttling_do_not_open_the_circuit()
    {
        using var test = new TestClient(
            (_, call, _) => Task.FromResult(call % 2 == 0 ? StubHandler.Status(HttpStatusCode.BadRequest) : TooManyRequests(TimeSpan.FromMinutes(5))),
            new Dictionary<string, string?> { ["Eclaire:MaxRetryAttempts"] = "0", ["Eclaire:CircuitBreaker:MinimumThroughput"] = "2" });

        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAnyAsync<EclaireException>(() => test.Client.GetStudyAsync("s" + i, None));
        }

        Assert.Equal(6, test.Stub.CallCount);
    }

    [Fact]
    public async Task An_attempt_that_hangs_times_out()
    {
        using var test = new TestClient(
            async (_, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            },
            new Dictionary<string, string?> { ["Eclaire:MaxRetryAttempts"] = "0", ["Eclaire:AttemptTimeout"] = "00:00:05" });
        var start = test.Clock.GetUtcNow();

        var call = test.Client.GetStudyAsync("x", None);
        await Eventually.TrueAsync(() => test.Stub.CallCount == 1, "the attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<EclaireTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried()
    {
        using var test = new TestClient(
            async (_, call, token) =>
            {
                if (call == 1)
                {
                    await Task.Delay(Timeout.Infinite, token);
                }

                return EclaireResponses.Fixture("ResearchStudy.snap.json");
            },
            new Dictionary<string, string?> { ["Eclaire:AttemptTimeout"] = "00:00:05", ["Eclaire:RetryMaxDelay"] = "00:00:01" });
        var start = test.Clock.GetUtcNow();

        var call = test.Client.GetStudyAsync("x", None);
        await Eventually.TrueAsync(() => test.Stub.CallCount == 1, "the first attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        // Then only the back-off (at most 1 s) elapses: the second attempt answers before its own timeout could.
        var study = await test.Clock.RunThroughBackOffAsync(call, TimeSpan.FromSeconds(1));

        Assert.NotNull(study);
        Assert.Equal(2, test.Stub.CallCount);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call_retries_included()
    {
        using var test = new TestClient(
            async (_, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            },
            new Dictionary<string, string?>
            {
                ["Eclaire:MaxRetryAttempts"] = "5",
                ["Eclaire:AttemptTimeout"] = "00:00:10",
                ["Eclaire:TotalTimeout"] = "00:00:15",
                ["Eclaire:RetryMaxDelay"] = "00:00:01",
            });
        var start = test.Clock.GetUtcNow();

        // The first attempt times out at 10 s, the second starts after a back-off of at most 1 s and is still waiting at 15 s.
        var call = test.Client.GetStudyAsync("x", None);
        await Eventually.TrueAsync(() => test.Stub.CallCount == 1, "the first attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(10));
        test.Clock.Advance(TimeSpan.FromSeconds(10));
        await test.Clock.AdvanceThroughBackOffUntilAsync(() => test.Stub.CallCount == 2 || call.IsCompleted, TimeSpan.FromSeconds(1));
        test.Clock.Advance(start + TimeSpan.FromSeconds(15) - test.Clock.GetUtcNow());

        await Assert.ThrowsAsync<EclaireTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
        Assert.Equal(2, test.Stub.CallCount);
        Assert.Equal(start + TimeSpan.FromSeconds(15), test.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_body_that_stalls_times_out()
    {
        using var test = new TestClient(
            (_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }),
            new Dictionary<string, string?> { ["Eclaire:AttemptTimeout"] = "00:00:05" });
        var start = test.Clock.GetUtcNow();

        var call = test.Client.GetStudyAsync("x", None);
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<EclaireTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
    }

    [Fact]
    public async Task Caller_cancellation_is_cancellation_not_a_timeout()
    {
        using var test = new TestClient(async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        using var cancellation = new CancellationTokenSource();

        var call = test.Client.GetStudyAsync("x", cancellation.Token);
        await Eventually.TrueAsync(() => test.Stub.CallCount == 1, "the attempt started");
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Eventually.HangGuard));
        Assert.Equal(1, test.Stub.CallCount);
    }

    private static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = EclaireResponses.Json("""{"statusCode":429,"message":"ThrottlerException: Too Many Requests"}""", HttpStatusCode.TooManyRequests, "application/json");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
