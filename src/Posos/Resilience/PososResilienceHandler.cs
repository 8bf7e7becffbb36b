using Gateway.Upstream;
using Microsoft.Extensions.Logging;

namespace Gateway.Posos.Resilience;

/// <summary>
/// Runs every request of one upstream (Posos's API, or the token endpoint) through its resilience pipelines
/// (<see cref="UpstreamResilienceHandler"/>) and turns their failures into the client's typed exceptions: open circuit
/// and connection failures → <see cref="PososUnavailableException"/>, timeouts → <see cref="PososTimeoutException"/>.
/// HTTP answers (even a 5xx after the last retry) are returned for the caller to read. A request may be sent several
/// times: its content must be re-readable (the client sends byte arrays).
/// </summary>
internal sealed class PososResilienceHandler : UpstreamResilienceHandler
{
    private readonly PososUpstream _upstream;
    private readonly ILogger<PososResilienceHandler> _logger;

    public PososResilienceHandler(PososResiliencePipelines pipelines, TimeProvider timeProvider, ILogger<PososResilienceHandler> logger)
        : base(pipelines, timeProvider)
    {
        _upstream = pipelines.Upstream;
        _logger = logger;
    }

    protected override void OnAnswered(HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var route = Route(request);
            var operation = PososRequestOptions.Describe(request);
            PososLog.Answered(_logger, _upstream, request.Method.Method, route, operation, (int)response.StatusCode, elapsed.TotalMilliseconds);
        }
    }

    protected override void OnFailed(HttpRequestMessage request, string failure)
    {
        var route = Route(request);
        var operation = PososRequestOptions.Describe(request);
        PososLog.Failed(_logger, _upstream, request.Method.Method, route, operation, failure);
    }

    protected override Exception CircuitOpen(Exception innerException) =>
        new PososUnavailableException($"{PososFailures.Name(_upstream)} is unavailable (circuit open).", innerException)
        {
            CircuitOpen = true,
            FromTokenEndpoint = _upstream == PososUpstream.TokenEndpoint,
        };

    protected override Exception TimedOut(Exception innerException) =>
        PososFailures.Timeout(_upstream, "did not answer in time.", innerException);

    protected override Exception Unreachable(HttpRequestException innerException) =>
        PososFailures.Unavailable(_upstream, "could not be reached.", innerException);
}
