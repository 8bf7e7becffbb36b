using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// Runs every ECLAIRE request through the resilience pipelines and the outbound budget, and turns their failures into
/// the client's typed exceptions: open circuit and connection failures → <see cref="EclaireUnavailableException"/>,
/// timeouts → <see cref="EclaireTimeoutException"/>, budget refusals → <see cref="EclaireRateLimitedException"/>.
/// HTTP answers (even 5xx after the last retry) are returned for the client to read.
/// </summary>
internal sealed class EclaireResilienceHandler : DelegatingHandler
{
    private readonly EclaireResiliencePipelines _pipelines;
    private readonly IEclaireRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<EclaireResilienceHandler> _logger;

    public EclaireResilienceHandler(
        EclaireResiliencePipelines pipelines,
        IEclaireRateLimiter limiter,
        TimeProvider timeProvider,
        ILogger<EclaireResilienceHandler> logger)
    {
        _pipelines = pipelines;
        _limiter = limiter;
        _time = timeProvider;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = request.RequestUri?.AbsolutePath ?? "?";
        var method = request.Method.Method;
        try
        {
            return await _pipelines.Call.ExecuteAsync(
                static async (state, token) => await state.Handler.SendAttemptAsync(state.Request, token).ConfigureAwait(false),
                (Handler: this, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            EclaireLog.Failed(_logger, method, route, "circuit open");
            throw new EclaireUnavailableException("ECLAIRE is unavailable (circuit open).", exception) { CircuitOpen = true };
        }
        catch (TimeoutRejectedException exception)
        {
            EclaireLog.Failed(_logger, method, route, "timeout");
            throw new EclaireTimeoutException("ECLAIRE did not answer in time.", exception);
        }
        catch (HttpRequestException exception)
        {
            EclaireLog.Failed(_logger, method, route, exception.HttpRequestError.ToString());
            throw new EclaireUnavailableException("ECLAIRE could not be reached.", exception);
        }
        catch (EclaireRateLimitedException)
        {
            EclaireLog.Throttled(_logger, method, route);
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // An open circuit refuses before a permit is spent; the budget is spent before the breaker counts the attempt.
        if (_pipelines.CircuitRefusesCalls)
        {
            throw new BrokenCircuitException("The ECLAIRE circuit is open.");
        }

        await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var started = _time.GetTimestamp();
        var response = await _pipelines.Attempt.ExecuteAsync(
            static async (state, token) => await state.Handler.SendInnerAsync(state.Request, token).ConfigureAwait(false),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            var route = request.RequestUri?.AbsolutePath ?? "?";
            EclaireLog.Answered(_logger, request.Method.Method, route, (int)response.StatusCode, elapsed);
        }

        return response;
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
