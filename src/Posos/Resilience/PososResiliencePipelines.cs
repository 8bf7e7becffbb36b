using Gateway.Upstream;
using Microsoft.Extensions.Logging;

namespace Gateway.Posos.Resilience;

/// <summary>
/// The resilience pipelines of one upstream, Posos's API or the token endpoint (<see cref="UpstreamResiliencePipelines"/>:
/// total timeout and retries around a call, circuit breaker and attempt timeout around each attempt), one per process
/// and upstream (a keyed singleton), logging which upstream they guard.
/// </summary>
internal sealed class PososResiliencePipelines : UpstreamResiliencePipelines
{
    private readonly ILogger _logger;

    public PososResiliencePipelines(PososUpstream upstream, PososOptions settings, TimeProvider timeProvider, ILogger logger)
        : base(settings, settings?.CircuitBreaker, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(logger);
        Upstream = upstream;
        _logger = logger;
    }

    /// <summary>Which upstream the pipelines guard.</summary>
    public PososUpstream Upstream { get; }

    protected override void OnRetry(UpstreamRetry retry) =>
        PososLog.Retrying(_logger, Upstream, retry.NextAttempt, retry.StatusCode, retry.ExceptionType, retry.Delay.TotalMilliseconds);

    protected override void OnCircuitOpened(TimeSpan breakDuration) => PososLog.CircuitOpened(_logger, Upstream, breakDuration.TotalSeconds);

    protected override void OnCircuitClosed() => PososLog.CircuitClosed(_logger, Upstream);
}
