namespace Gateway.Eclaire.Resilience;

/// <summary>
/// The outbound budget of requests to ECLAIRE. Every HTTP attempt (retries included) asks for one permit first. The
/// default, <see cref="LocalEclaireRateLimiter"/>, counts for this process; an implementation shared through Redis can
/// replace it (register it before <c>AddEclaireClient</c>) to keep several instances under one budget.
/// </summary>
public interface IEclaireRateLimiter
{
    /// <summary>
    /// Returns when one request may be sent; may wait in a bounded queue.
    /// </summary>
    /// <exception cref="EclaireRateLimitedException">The budget is spent and the request cannot wait (queue full, or the wait would exceed its bound).</exception>
    /// <exception cref="OperationCanceledException">The caller gave up while waiting.</exception>
    ValueTask AcquireAsync(CancellationToken cancellationToken);
}
