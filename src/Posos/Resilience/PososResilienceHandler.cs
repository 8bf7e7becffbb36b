using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Posos.Resilience;

/// <summary>
/// Runs every request of one upstream (Posos's API, or the token endpoint) through its resilience pipeline and turns
/// the pipeline's failures into the client's typed exceptions: open circuit and connection failures →
/// <see cref="PososUnavailableException"/>, timeouts → <see cref="PososTimeoutException"/>. HTTP answers (even a 5xx
/// after the last retry) are returned for the caller to read. A request may be sent several times: its content must
/// be re-readable (the client sends byte arrays).
/// </summary>
internal sealed class PososResilienceHandler : DelegatingHandler
{
    private readonly PososResiliencePipelines _pipelines;
    private readonly TimeProvider _time;
    private readonly ILogger<PososResilienceHandler> _logger;

    public PososResilienceHandler(PososResiliencePipelines pipelines, TimeProvider timeProvider, ILogger<PososResilienceHandler> logger)
    {
        _pipelines = pipelines;
        _time = timeProvider;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var upstream = _pipelines.Upstream;
        try
        {
            return await _pipelines.Pipeline.ExecuteAsync(
                static async (state, token) => await state.Handler.SendAttemptAsync(state.Request, token).ConfigureAwait(false),
                (Handler: this, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            LogFailure(request, "circuit open");
            throw new PososUnavailableException($"{PososFailures.Name(upstream)} is unavailable (circuit open).", exception)
            {
                CircuitOpen = true,
                FromTokenEndpoint = upstream == PososUpstream.TokenEndpoint,
            };
        }
        catch (TimeoutRejectedException exception)
        {
            LogFailure(request, "timeout");
            throw PososFailures.Timeout(upstream, "did not answer in time.", exception);
        }
        catch (HttpRequestException exception)
        {
            LogFailure(request, exception.HttpRequestError.ToString());
            throw PososFailures.Unavailable(upstream, "could not be reached.", exception);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            var route = Route(request);
            var operation = PososRequestOptions.Describe(request);
            PososLog.Answered(_logger, _pipelines.Upstream, request.Method.Method, route, operation, (int)response.StatusCode, elapsed);
        }

        return response;
    }

    private void LogFailure(HttpRequestMessage request, string failure)
    {
        var route = Route(request);
        var operation = PososRequestOptions.Describe(request);
        PososLog.Failed(_logger, _pipelines.Upstream, request.Method.Method, route, operation, failure);
    }

    private static string Route(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? "?";
}
