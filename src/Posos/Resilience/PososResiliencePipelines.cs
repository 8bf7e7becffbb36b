using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Posos.Resilience;

/// <summary>
/// The Polly v8 pipeline of one upstream, built once per process (a keyed singleton) so the circuit breaker's state
/// outlives the pooled HTTP handlers. Outermost first: the total timeout, the retries with jittered exponential
/// back-off (or the server's <c>Retry-After</c>), the circuit breaker, the per-attempt timeout.
/// </summary>
internal sealed class PososResiliencePipelines
{
    public PososResiliencePipelines(PososUpstream upstream, PososOptions settings, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        Upstream = upstream;

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.TotalTimeout });
        if (settings.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, settings.MaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(PososTransientFailures.RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    PososLog.Retrying(
                        logger,
                        upstream,
                        args.AttemptNumber + 2,
                        args.Outcome.Result is { } response ? (int)response.StatusCode : null,
                        args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        var breaker = settings.CircuitBreaker;
        if (breaker.Enabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(PososTransientFailures.CountsAgainstCircuit(args.Outcome)),
                OnOpened = args =>
                {
                    PososLog.CircuitOpened(logger, upstream, args.BreakDuration.TotalSeconds);
                    return default;
                },
                OnClosed = _ =>
                {
                    PososLog.CircuitClosed(logger, upstream);
                    return default;
                },
            });
        }

        Pipeline = builder
            .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.AttemptTimeout })
            .Build();
    }

    /// <summary>Which upstream the pipeline guards.</summary>
    public PososUpstream Upstream { get; }

    /// <summary>Total timeout, retries, circuit breaker and per-attempt timeout around one call.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Exception is not null)
        {
            return PososTransientFailures.IsTransient(outcome.Exception);
        }

        if (outcome.Result is not { } response || !PososTransientFailures.IsTransient(response.StatusCode))
        {
            return false;
        }

        // A server asking for a longer pause than we may wait is answered with the failure, not with a wait.
        return PososTransientFailures.RetryAfter(response, time) is not { } wait || wait <= maxRetryAfter;
    }
}
