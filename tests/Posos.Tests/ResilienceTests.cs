using System.Net;
using System.Net.Http.Headers;
using Gateway.Posos.Tests.Support;

namespace Gateway.Posos.Tests;

/// <summary>Retries on transient failures only, Retry-After, the circuit breaker and timeouts, on a manual clock.</summary>
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
        using var test = new TestPosos((_, call, _) => Task.FromResult(call < 3 ? StubHandler.Status(status) : TestPosos.Contraindications()));

        var result = await test.Clock.RunThroughBackOffAsync(test.Client.ExecuteAsync(TestPosos.Operation(), None), BackOff);

        Assert.NotNull(result.Data);
        Assert.Equal(3, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_retried_post_sends_the_same_body_and_token_each_time()
    {
        using var test = new TestPosos((_, call, _) => Task.FromResult(call == 1 ? StubHandler.Status(HttpStatusCode.BadGateway) : TestPosos.Contraindications()));

        await test.Clock.RunThroughBackOffAsync(test.Client.ExecuteAsync(TestPosos.Operation(), None), BackOff);

        var requests = test.Posos.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.NotEmpty(requests[1].Body);
        Assert.Equal(requests[0].Authorization, requests[1].Authorization);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, typeof(PososBadRequestException))]
    [InlineData(HttpStatusCode.UnprocessableEntity, typeof(PososBadRequestException))]
    [InlineData(HttpStatusCode.Unauthorized, typeof(PososUnauthorizedException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(PososUnauthorizedException))]
    [InlineData(HttpStatusCode.NotFound, typeof(PososUnavailableException))]
    [InlineData(HttpStatusCode.MethodNotAllowed, typeof(PososUnavailableException))]
    [InlineData(HttpStatusCode.Found, typeof(PososUnavailableException))]
    public async Task Other_answers_are_final_and_never_retried(HttpStatusCode status, Type expected)
    {
        using var test = TestPosos.Answering(_ => StubHandler.Text("refused", status, "text/plain"));

        var execute = await Assert.ThrowsAnyAsync<PososException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        var autocomplete = await Assert.ThrowsAnyAsync<PososException>(() => test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None));

        Assert.IsType(expected, execute);
        Assert.IsType(expected, autocomplete);
        Assert.Equal(2, test.Posos.CallCount);
    }

    [Fact]
    public async Task Unauthorized_carries_the_status()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Text("Invalid IAP credentials: JWT signature is invalid", HttpStatusCode.Unauthorized));

        var error = await Assert.ThrowsAsync<PososUnauthorizedException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.False(error.FromTokenEndpoint);
    }

    [Fact]
    public async Task Server_errors_after_the_last_retry_are_unavailable()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Status(HttpStatusCode.ServiceUnavailable));

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        var error = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Clock.RunThroughBackOffAsync(call, BackOff));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.False(error.CircuitOpen);
        Assert.Equal(3, test.Posos.CallCount);
    }

    [Fact]
    public async Task Throttling_after_the_last_retry_is_rate_limited()
    {
        using var test = TestPosos.Answering(_ => StubHandler.TooManyRequests(TimeSpan.FromSeconds(1)));

        var call = test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None);
        var error = await Assert.ThrowsAsync<PososRateLimitedException>(() => test.Clock.RunThroughBackOffAsync(call, BackOff));

        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Equal(3, test.Posos.CallCount);
    }

    [Fact]
    public async Task Retry_delays_back_off_with_jitter_within_the_bounds()
    {
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(StubHandler.Status(HttpStatusCode.InternalServerError)),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "3", ["Posos:RetryBaseDelay"] = "00:00:01", ["Posos:RetryMaxDelay"] = "00:00:04" });

        await Assert.ThrowsAsync<PososUnavailableException>(() => test.Clock.RunThroughBackOffAsync(test.Client.ExecuteAsync(TestPosos.Operation(), None), TimeSpan.FromSeconds(4)));

        // The clock moves exactly to each retry's timer: the gaps are the delays themselves.
        var times = test.Posos.Requests.Select(r => r.At).ToList();
        Assert.Equal(4, times.Count);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, TimeSpan.Zero, TimeSpan.FromSeconds(4)));
        Assert.True(gaps.Sum(g => g.TotalSeconds) > 0.5, "some back-off happened");
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured_exactly()
    {
        using var test = new TestPosos((_, call, _) => Task.FromResult(call == 1 ? StubHandler.TooManyRequests(TimeSpan.FromSeconds(3)) : TestPosos.Contraindications()));
        var start = test.Clock.GetUtcNow();

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(3));
        Assert.Equal(1, test.Posos.CallCount);
        test.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.NotNull((await call.WaitAsync(Eventually.HangGuard)).Data);
        Assert.Equal([start, start + TimeSpan.FromSeconds(3)], test.Posos.Requests.Select(r => r.At));
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_honoured()
    {
        ManualTimeProvider? clock = null;
        using var test = new TestPosos((_, call, _) =>
        {
            if (call > 1)
            {
                return Task.FromResult(TestPosos.Contraindications());
            }

            var response = StubHandler.Status(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(clock!.GetUtcNow() + TimeSpan.FromSeconds(4));
            return Task.FromResult(response);
        });
        clock = test.Clock;
        var start = test.Clock.GetUtcNow();

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(4));
        test.Clock.Advance(TimeSpan.FromSeconds(4));

        await call.WaitAsync(Eventually.HangGuard);
        Assert.Equal(start + TimeSpan.FromSeconds(4), test.Posos.Requests[1].At);
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_is_reported_at_once()
    {
        using var test = TestPosos.Answering(_ => StubHandler.TooManyRequests(TimeSpan.FromMinutes(2)));

        var error = await Assert.ThrowsAsync<PososRateLimitedException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.Equal(TimeSpan.FromMinutes(2), error.RetryAfter);
        Assert.Equal(1, test.Posos.CallCount);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_unavailable()
    {
        using var test = new TestPosos((_, _, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "refused")));

        var error = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Clock.RunThroughBackOffAsync(test.Client.ExecuteAsync(TestPosos.Operation(), None), BackOff));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Null(error.StatusCode);
        Assert.Equal(3, test.Posos.CallCount);
    }

    [Fact]
    public async Task The_circuit_opens_refuses_without_calling_then_lets_a_trial_through()
    {
        var healthy = false;
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(healthy ? TestPosos.Contraindications() : StubHandler.Status(HttpStatusCode.InternalServerError)),
            new Dictionary<string, string?>
            {
                ["Posos:MaxRetryAttempts"] = "0",
                ["Posos:CircuitBreaker:MinimumThroughput"] = "2",
                ["Posos:CircuitBreaker:FailureRatio"] = "0.5",
                ["Posos:CircuitBreaker:BreakDuration"] = "00:00:20",
            });

        await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        var refused = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None));

        Assert.True(refused.CircuitOpen);
        Assert.Equal(2, test.Posos.CallCount);

        healthy = true;
        test.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.NotNull((await test.Client.ExecuteAsync(TestPosos.Operation(), None)).Data);
        Assert.NotNull((await test.Client.ExecuteAsync(TestPosos.Operation(), None)).Data);
        Assert.Equal(4, test.Posos.CallCount);
    }

    [Fact]
    public async Task Refusals_and_throttling_do_not_open_the_circuit()
    {
        using var test = new TestPosos(
            (_, call, _) => Task.FromResult((call % 3) switch
            {
                0 => StubHandler.Status(HttpStatusCode.BadRequest),
                1 => StubHandler.Status(HttpStatusCode.Unauthorized),
                _ => StubHandler.TooManyRequests(TimeSpan.FromMinutes(5)),
            }),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0", ["Posos:CircuitBreaker:MinimumThroughput"] = "2" });

        for (var i = 0; i < 9; i++)
        {
            var error = await Assert.ThrowsAnyAsync<PososException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
            Assert.False(error is PososUnavailableException { CircuitOpen: true });
        }

        Assert.Equal(9, test.Posos.CallCount);
    }

    [Fact]
    public async Task An_attempt_that_hangs_times_out()
    {
        using var test = new TestPosos(
            async (_, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            },
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0", ["Posos:AttemptTimeout"] = "00:00:05" });
        var start = test.Clock.GetUtcNow();

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await Eventually.TrueAsync(() => test.Posos.CallCount == 1, "the attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<PososTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried()
    {
        using var test = new TestPosos(
            async (_, call, token) =>
            {
                if (call == 1)
                {
                    await Task.Delay(Timeout.Infinite, token);
                }

                return TestPosos.Contraindications();
            },
            new Dictionary<string, string?> { ["Posos:AttemptTimeout"] = "00:00:05", ["Posos:RetryMaxDelay"] = "00:00:01" });
        var start = test.Clock.GetUtcNow();

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await Eventually.TrueAsync(() => test.Posos.CallCount == 1, "the first attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        // Then only the back-off (at most 1 s) elapses: the second attempt answers before its own timeout could.
        var result = await test.Clock.RunThroughBackOffAsync(call, TimeSpan.FromSeconds(1));

        Assert.NotNull(result.Data);
        Assert.Equal(2, test.Posos.CallCount);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call_retries_included()
    {
        using var test = new TestPosos(
            async (_, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            },
            new Dictionary<string, string?>
            {
                ["Posos:MaxRetryAttempts"] = "5",
                ["Posos:AttemptTimeout"] = "00:00:10",
                ["Posos:TotalTimeout"] = "00:00:15",
                ["Posos:RetryMaxDelay"] = "00:00:01",
            });
        var start = test.Clock.GetUtcNow();

        // The first attempt times out at 10 s, the second starts after a back-off of at most 1 s and is still waiting at 15 s.
        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await Eventually.TrueAsync(() => test.Posos.CallCount == 1, "the first attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(10));
        test.Clock.Advance(TimeSpan.FromSeconds(10));
        await test.Clock.AdvanceThroughBackOffUntilAsync(() => test.Posos.CallCount == 2 || call.IsCompleted, TimeSpan.FromSeconds(1));
        test.Clock.Advance(start + TimeSpan.FromSeconds(15) - test.Clock.GetUtcNow());

        await Assert.ThrowsAsync<PososTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
        Assert.Equal(2, test.Posos.CallCount);
        Assert.Equal(start + TimeSpan.FromSeconds(15), test.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_body_that_stalls_times_out()
    {
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }),
            new Dictionary<string, string?> { ["Posos:AttemptTimeout"] = "00:00:05" });
        var start = test.Clock.GetUtcNow();

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<PososTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
    }

    [Fact]
    public async Task Caller_cancellation_is_cancellation_not_a_timeout()
    {
        using var test = new TestPosos(async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        using var cancellation = new CancellationTokenSource();

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), cancellation.Token);
        await Eventually.TrueAsync(() => test.Posos.CallCount == 1, "the attempt started");
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Eventually.HangGuard));
        Assert.Equal(1, test.Posos.CallCount);
    }
}
