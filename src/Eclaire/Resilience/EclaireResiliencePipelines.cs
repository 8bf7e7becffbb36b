using Gateway.Upstream;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// ECLAIRE's resilience pipelines (<see cref="UpstreamResiliencePipelines"/>: total timeout and retries around a call,
/// circuit breaker and attempt timeout around each attempt), one per process, logging in ECLAIRE's words.
/// </summary>
internal sealed class EclaireResiliencePipelines : UpstreamResiliencePipelines
{
    private readonly ILogger<EclaireResiliencePipelines> _logger;

    public EclaireResiliencePipelines(IOptions<EclaireOptions> options, TimeProvider timeProvider, ILogger<EclaireResiliencePipelines> logger)
        : base(Settings(options), Settings(options).CircuitBreaker, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    protected override void OnRetry(UpstreamRetry retry) =>
        EclaireLog.Retrying(_logger, retry.RetryNumber, retry.StatusCode, retry.ExceptionType, retry.Delay.TotalMilliseconds);

    protected override void OnCircuitOpened(TimeSpan breakDuration) => EclaireLog.CircuitOpened(_logger, breakDuration.TotalSeconds);

    protected override void OnCircuitClosed() => EclaireLog.CircuitClosed(_logger);

    private static EclaireOptions Settings(IOptions<EclaireOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Value;
    }
}
