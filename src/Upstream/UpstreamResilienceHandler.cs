using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>
/// Runs every request of one upstream through its <see cref="UpstreamResiliencePipelines"/> and turns the pipelines'
/// failures into the client's typed exceptions (<see cref="CircuitOpen"/>, <see cref="TimedOut"/>,
/// <see cref="Unreachable"/>). HTTP answers (even a 5xx after the last retry) are returned for the client to read. Each
/// attempt: an open circuit refuses at once, then <see cref="BeforeAttemptAsync"/> (e.g. a rate limiter's permit), then
/// the circuit breaker and the attempt timeout around the inner handler. A request may be sent several times: its
/// content must be re-readable (byte arrays are).
/// </summary>
public abstract class UpstreamResilienceHandler : DelegatingHandler
{
    private readonly UpstreamResiliencePipelines _pipelines;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler over the upstream's pipelines (shared by every handler of that upstream).</summary>
    protected UpstreamResilienceHandler(UpstreamResiliencePipelines pipelines, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _pipelines = pipelines;
        _time = timeProvider;
    }

    /// <summary>The path of a request, for logs: never its query string.</summary>
    protected static string Route(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RequestUri?.AbsolutePath ?? "?";
    }

    /// <inheritdoc />
    protected sealed override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await _pipelines.Call.ExecuteAsync(
                static async (state, token) => await state.Handler.SendAttemptAsync(state.Request, token).ConfigureAwait(false),
                (Handler: this, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            OnFailed(request, "circuit open");
            throw CircuitOpen(exception);
        }
        catch (TimeoutRejectedException exception)
        {
            OnFailed(request, "timeout");
            throw TimedOut(exception);
        }
        catch (HttpRequestException exception)
        {
            OnFailed(request, exception.HttpRequestError.ToString());
            throw Unreachable(exception);
        }
    }

    /// <summary>Runs before each attempt, once the circuit let it through; what it throws ends the call unretried.</summary>
    protected virtual ValueTask BeforeAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) => default;

    /// <summary>An attempt was answered (any status) after <paramref name="elapsed"/>.</summary>
    protected virtual void OnAnswered(HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
    }

    /// <summary>The call failed (<c>circuit open</c>, <c>timeout</c>, or the connection error's kind), just before the exception is thrown.</summary>
    protected virtual void OnFailed(HttpRequestMessage request, string failure)
    {
    }

    /// <summary>The exception for a call the open circuit refused.</summary>
    protected abstract Exception CircuitOpen(Exception innerException);

    /// <summary>The exception for a call whose last attempt, or whole, timed out.</summary>
    protected abstract Exception TimedOut(Exception innerException);

    /// <summary>The exception for a call whose last attempt could not connect or was cut.</summary>
    protected abstract Exception Unreachable(HttpRequestException innerException);

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // An open circuit refuses before anything is spent; BeforeAttemptAsync runs before the breaker counts the attempt.
        if (_pipelines.CircuitRefusesCalls)
        {
            throw new BrokenCircuitException("The circuit is open.");
        }

        await BeforeAttemptAsync(request, cancellationToken).ConfigureAwait(false);
        var started = _time.GetTimestamp();
        var response = await _pipelines.Attempt.ExecuteAsync(
            static async (state, token) => await state.Handler.SendInnerAsync(state.Request, token).ConfigureAwait(false),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);
        OnAnswered(request, response, _time.GetElapsedTime(started));
        return response;
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
