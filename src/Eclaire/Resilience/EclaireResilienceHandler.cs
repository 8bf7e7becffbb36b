using Gateway.Upstream;
using Microsoft.Extensions.Logging;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// Runs every ECLAIRE request through the resilience pipelines (<see cref="UpstreamResilienceHandler"/>) and the
/// outbound budget, which each attempt spends a permit of once the circuit lets it through, and turns their failures
/// into the client's typed exceptions: open circuit and connection failures → <see cref="EclaireUnavailableException"/>,
/// timeouts → <see cref="EclaireTimeoutException"/>, budget refusals → <see cref="EclaireRateLimitedException"/>.
/// HTTP answers (even 5xx after the last retry) are returned for the client to read.
/// </summary>
internal sealed class EclaireResilienceHandler : UpstreamResilienceHandler
{
    private readonly IEclaireRateLimiter _limiter;
    private readonly ILogger<EclaireResilienceHandler> _logger;

    public EclaireResilienceHandler(
        EclaireResiliencePipelines pipelines,
        IEclaireRateLimiter limiter,
        TimeProvider timeProvider,
        ILogger<EclaireResilienceHandler> logger)
        : base(pipelines, timeProvider)
    {
        _limiter = limiter;
        _logger = logger;
    }

    protected override async ValueTask BeforeAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (EclaireRateLimitedException)
        {
            var route = Route(request);
            EclaireLog.Throttled(_logger, request.Method.Method, route);
            throw;
        }
    }

    protected override void OnAnswered(HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var route = Route(request);
            EclaireLog.Answered(_logger, request.Method.Method, route, (int)response.StatusCode, elapsed.TotalMilliseconds);
        }
    }

    protected override void OnFailed(HttpRequestMessage request, string failure)
    {
        var route = Route(request);
        EclaireLog.Failed(_logger, request.Method.Method, route, failure);
    }

    protected override Exception CircuitOpen(Exception innerException) =>
        new EclaireUnavailableException("ECLAIRE is unavailable (circuit open).", innerException) { CircuitOpen = true };

    protected override Exception TimedOut(Exception innerException) =>
        new EclaireTimeoutException("ECLAIRE did not answer in time.", innerException);

    protected override Exception Unreachable(HttpRequestException innerException) =>
        new EclaireUnavailableException("ECLAIRE could not be reached.", innerException);
}
