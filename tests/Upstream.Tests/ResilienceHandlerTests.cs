using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Gateway.Upstream.Tests;

/// <summary>The pipelines and the handler together, on a manual clock, with a stub behind them.</summary>
public sealed class ResilienceHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // The longest back-off (RetryMaxDelay's default), shorter than the attempt timeout (10 s): the timers the clock is moved to.
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Transient_failures_are_retried_with_the_retries_numbered()
    {
        using var test = new Harness((_, call, _) => Task.FromResult(call < 3 ? StubHandler.Status(HttpStatusCode.BadGateway) : StubHandler.Json("{}")));

        using var response = await test.Clock.RunThroughBackOffAsync(test.GetAsync(), BackOff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, test.Stub.CallCount);
        Assert.Equal([(1, 2, 502), (2, 3, 502)], test.Pipelines.Retries.Select(r => (r.RetryNumber, r.NextAttempt, r.StatusCode ?? 0)));
        Assert.Equal(3, test.Handler.Answered.Count);
    }

    [Fact]
    public async Task A_refusal_is_returned_at_once()
    {
        using var test = new Harness((_, _, _) => Task.FromResult(StubHandler.Status(HttpStatusCode.NotFound)));

        using var response = await test.GetAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, test.Stub.CallCount);
    }

    [Fact]
    public async Task Retry_after_is_waited_for_exactly()
    {
        using var test = new Harness((_, call, _) => Task.FromResult(call == 1 ? StubHandler.TooManyRequests(TimeSpan.FromSeconds(3)) : StubHandler.Json("{}")));
        var start = test.Clock.GetUtcNow();

        var call = test.GetAsync();
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(3));
        test.Clock.Advance(TimeSpan.FromSeconds(3));
        using var response = await call.WaitAsync(Eventually.HangGuard);

        Assert.Equal([start, start + TimeSpan.FromSeconds(3)], test.Stub.Requests.Select(r => r.At));
    }

    [Fact]
    public async Task Connection_failures_after_the_last_retry_are_unreachable()
    {
        using var test = new Harness((_, _, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "refused")));

        var error = await Assert.ThrowsAsync<UnreachableException>(() => test.Clock.RunThroughBackOffAsync(test.GetAsync(), BackOff));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(3, test.Stub.CallCount);
        Assert.Equal(["ConnectionError"], test.Handler.Failures);
    }

    [Fact]
    public async Task An_attempt_that_hangs_times_out()
    {
        using var test = new Harness(
            async (_, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            },
            new UpstreamResilienceOptions { MaxRetryAttempts = 0, AttemptTimeout = TimeSpan.FromSeconds(5) });
        var start = test.Clock.GetUtcNow();

        var call = test.GetAsync();
        await Eventually.TrueAsync(() => test.Stub.CallCount == 1, "the attempt started");
        await test.Clock.WaitForTimerAsync(start + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimedOutException>(() => call.WaitAsync(Eventually.HangGuard));
        Assert.Equal(["timeout"], test.Handler.Failures);
    }

    [Fact]
    public async Task The_open_circuit_refuses_before_the_attempt_hook_then_lets_a_trial_through()
    {
        var healthy = false;
        using var test = new Harness(
            (_, _, _) => Task.FromResult(healthy ? StubHandler.Json("{}") : StubHandler.Status(HttpStatusCode.InternalServerError)),
            new UpstreamResilienceOptions { MaxRetryAttempts = 0 },
            new UpstreamCircuitBreakerOptions { MinimumThroughput = 2, FailureRatio = 0.5, BreakDuration = TimeSpan.FromSeconds(20) });

        (await test.GetAsync()).Dispose();
        (await test.GetAsync()).Dispose();
        await Assert.ThrowsAsync<CircuitOpenException>(test.GetAsync);

        Assert.True(test.Pipelines.CircuitRefusesCalls);
        Assert.Equal(2, test.Stub.CallCount);
        Assert.Equal(2, test.Handler.BeforeAttempts);
        Assert.Equal([TimeSpan.FromSeconds(20)], test.Pipelines.Openings);

        healthy = true;
        test.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(test.Pipelines.CircuitRefusesCalls);
        using var trial = await test.GetAsync();
        Assert.Equal(HttpStatusCode.OK, trial.StatusCode);
        Assert.Equal(1, test.Pipelines.Closings);
        Assert.Equal(3, test.Stub.CallCount);
    }

    [Fact]
    public async Task What_the_attempt_hook_throws_ends_the_call_unretried()
    {
        using var test = new Harness((_, _, _) => Task.FromResult(StubHandler.Json("{}")));
        test.Handler.Refuse = true;

        await Assert.ThrowsAsync<InvalidOperationException>(test.GetAsync);

        Assert.Equal(0, test.Stub.CallCount);
        Assert.Equal(1, test.Handler.BeforeAttempts);
    }

    private sealed class Harness : IDisposable
    {
        private readonly HttpClient _http;

        public Harness(
            Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond,
            UpstreamResilienceOptions? settings = null,
            UpstreamCircuitBreakerOptions? circuitBreaker = null)
        {
            Clock = new ManualTimeProvider();
            Stub = new StubHandler(respond, Clock);
            Pipelines = new RecordingPipelines(settings ?? new UpstreamResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(200) }, circuitBreaker ?? new UpstreamCircuitBreakerOptions(), Clock);
            Handler = new TestHandler(Pipelines, Clock) { InnerHandler = Stub };
            _http = new HttpClient(Handler) { BaseAddress = new Uri("https://upstream.test/") };
        }

        public ManualTimeProvider Clock { get; }

        public StubHandler Stub { get; }

        public RecordingPipelines Pipelines { get; }

        public TestHandler Handler { get; }

        public Task<HttpResponseMessage> GetAsync() => _http.GetAsync(new Uri("items/1?secret=x", UriKind.Relative), None);

        public void Dispose() => _http.Dispose();
    }

    private sealed class RecordingPipelines(UpstreamResilienceOptions settings, UpstreamCircuitBreakerOptions circuitBreaker, TimeProvider time)
        : UpstreamResiliencePipelines(settings, circuitBreaker, time)
    {
        public ConcurrentQueue<UpstreamRetry> Retries { get; } = new();

        public ConcurrentQueue<TimeSpan> Openings { get; } = new();

        public int Closings { get; private set; }

        protected override void OnRetry(UpstreamRetry retry) => Retries.Enqueue(retry);

        protected override void OnCircuitOpened(TimeSpan breakDuration) => Openings.Enqueue(breakDuration);

        protected override void OnCircuitClosed() => Closings++;
    }

    private sealed class TestHandler(UpstreamResiliencePipelines pipelines, TimeProvider time) : UpstreamResilienceHandler(pipelines, time)
    {
        private int _beforeAttempts;

        public bool Refuse { get; set; }

        public int BeforeAttempts => Volatile.Read(ref _beforeAttempts);

        public ConcurrentQueue<string> Failures { get; } = new();

        public ConcurrentQueue<string> Answered { get; } = new();

        protected override ValueTask BeforeAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _beforeAttempts);
            return Refuse ? ValueTask.FromException(new InvalidOperationException("refused before sending")) : default;
        }

        protected override void OnAnswered(HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
            Answered.Enqueue($"{Route(request)} {(int)response.StatusCode}");

        protected override void OnFailed(HttpRequestMessage request, string failure) => Failures.Enqueue(failure);

        protected override Exception CircuitOpen(Exception innerException) => new CircuitOpenException(innerException);

        protected override Exception TimedOut(Exception innerException) => new TimedOutException(innerException);

        protected override Exception Unreachable(HttpRequestException innerException) => new UnreachableException(innerException);
    }

    private sealed class CircuitOpenException(Exception inner) : Exception("circuit open", inner);

    private sealed class TimedOutException(Exception inner) : Exception("timed out", inner);

    private sealed class UnreachableException(Exception inner) : Exception("unreachable", inner);
}
