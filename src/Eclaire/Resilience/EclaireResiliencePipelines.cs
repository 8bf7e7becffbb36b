using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// The Polly v8 pipelines, built once per process so the circuit breaker's state outlives the pooled HTTP handlers.
/// <see cref="Call"/> wraps a whole call: total timeout, then retries with jittered exponential back-off (or the
/// server's <c>Retry-After</c>). Each attempt goes through the budget, then <see cref="Attempt"/>: the circuit breaker,
/// then the per-attempt timeout.
/// </summary>
internal sealed class EclaireResiliencePipelines
{
    private readonly CircuitBreakerStateProvider? _circuit;
    private readonly TimeProvider _time;

    // When the open circuit lets a trial call through (UTC ticks): Polly moves to half-open only when called.
    private long _openUntilTicks;

    public EclaireResiliencePipelines(IOptions<EclaireOptions> options, TimeProvider timeProvider, ILogger<EclaireResiliencePipelines> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var settings = options.Value;
        _time = timeProvider;

        var call = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.TotalTimeout });
        if (settings.MaxRetryAttempts > 0)
        {
            call.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, settings.MaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(TransientFailures.RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    EclaireLog.Retrying(
                        logger,
                        args.AttemptNumber + 1,
                        args.Outcome.Result is { } response ? (int)response.StatusCode : null,
                        args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        Call = call.Build();

        var attempt = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (settings.CircuitBreaker.Enabled)
        {
            _circuit = new CircuitBreakerStateProvider();
            attempt.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = settings.CircuitBreaker.FailureRatio,
                MinimumThroughput = settings.CircuitBreaker.MinimumThroughput,
                SamplingDuration = settings.CircuitBreaker.SamplingDuration,
                BreakDuration = settings.CircuitBreaker.BreakDuration,
                StateProvider = _circuit,
                ShouldHandle = args => ValueTask.FromResult(TransientFailures.CountsAgainstCircuit(args.Outcome)),
                OnOpened = args =>
                {
                    Interlocked.Exchange(ref _openUntilTicks, (timeProvider.GetUtcNow() + args.BreakDuration).UtcTicks);
                    EclaireLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
                    return default;
                },
                OnClosed = _ =>
                {
                    EclaireLog.CircuitClosed(logger);
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

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Exception is not null)
        {
            return TransientFailures.IsTransient(outcome.Exception);
        }

        if (outcome.Result is not { } response || !TransientFailures.IsTransient(response.StatusCode))
        {
            return false;
        }

        // A server asking for a longer pause than we may wait is answered with the failure, not with a wait.
        return TransientFailures.RetryAfter(response, time) is not { } wait || wait <= maxRetryAfter;
    }
}
