using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>
/// The Polly v8 pipelines of one upstream. Build them once per process (a singleton per upstream) so the circuit
/// breaker's state outlives the pooled HTTP handlers. <see cref="Call"/> wraps a whole call: the total timeout, then
/// retries with jittered exponential back-off, or the server's <c>Retry-After</c> (see
/// <see cref="TransientFailures.ShouldRetry"/>). Each attempt goes through <see cref="Attempt"/>: the circuit breaker,
/// then the per-attempt timeout. <see cref="UpstreamResilienceHandler"/> runs a request through both. A client
/// derives from this class to log the retries and the circuit's changes in its own words.
/// </summary>
public class UpstreamResiliencePipelines
{
    private readonly CircuitBreakerStateProvider? _circuit;
    private readonly TimeProvider _time;

    // When the open circuit lets a trial call through (UTC ticks): Polly moves to half-open only when called.
    private long _openUntilTicks;

    /// <summary>Builds the pipelines.</summary>
    /// <param name="settings">Timeouts and retries.</param>
    /// <param name="circuitBreaker">The breaker; null or disabled leaves it out.</param>
    /// <param name="timeProvider">The clock of every delay and timeout.</param>
    public UpstreamResiliencePipelines(UpstreamResilienceOptions settings, UpstreamCircuitBreakerOptions? circuitBreaker, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;

        var call = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.TotalTimeout });
        if (settings.MaxRetryAttempts > 0)
        {
            var maxRetryAfter = settings.MaxRetryAfter;
            call.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(TransientFailures.ShouldRetry(args.Outcome, maxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(TransientFailures.RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    OnRetry(new UpstreamRetry(
                        args.AttemptNumber + 1,
                        args.Outcome.Result is { } response ? (int)response.StatusCode : null,
                        args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay));
                    return default;
                },
            });
        }

        Call = call.Build();

        var attempt = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (circuitBreaker is { Enabled: true })
        {
            _circuit = new CircuitBreakerStateProvider();
            attempt.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = circuitBreaker.FailureRatio,
                MinimumThroughput = circuitBreaker.MinimumThroughput,
                SamplingDuration = circuitBreaker.SamplingDuration,
                BreakDuration = circuitBreaker.BreakDuration,
                StateProvider = _circuit,
                ShouldHandle = args => ValueTask.FromResult(TransientFailures.CountsAgainstCircuit(args.Outcome)),
                OnOpened = args =>
                {
                    Interlocked.Exchange(ref _openUntilTicks, (timeProvider.GetUtcNow() + args.BreakDuration).UtcTicks);
                    OnCircuitOpened(args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    OnCircuitClosed();
                    return default;
                },
            });
        }

        Attempt = attempt
            .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.AttemptTimeout })
            .Build();
    }

    /// <summary>Total timeout and retries around a whole call.</summary>
    public ResiliencePipeline<HttpResponseMessage> Call { get; }

    /// <summary>Circuit breaker and per-attempt timeout around one HTTP attempt.</summary>
    public ResiliencePipeline<HttpResponseMessage> Attempt { get; }

    /// <summary>True while the circuit refuses calls: isolated, or open and its break not over (then a trial goes through).</summary>
    public bool CircuitRefusesCalls => _circuit?.CircuitState switch
    {
        CircuitState.Isolated => true,
        CircuitState.Open => _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _openUntilTicks),
        _ => false,
    };

    /// <summary>Called before each retry's wait.</summary>
    protected virtual void OnRetry(UpstreamRetry retry)
    {
    }

    /// <summary>Called when the circuit opens, with how long it stays open.</summary>
    protected virtual void OnCircuitOpened(TimeSpan breakDuration)
    {
    }

    /// <summary>Called when the circuit closes again.</summary>
    protected virtual void OnCircuitClosed()
    {
    }
}
