namespace Gateway.Eclaire;

/// <summary>
/// The request was not sent, or was refused, for rate reasons: the gateway's own outbound budget is spent and its
/// queue is full (or the wait would exceed its bound), or ECLAIRE answered 429 after retries. The gateway maps it to
/// <c>UPSTREAM_RATE_LIMITED</c>.
/// </summary>
public sealed class EclaireRateLimitedException : EclaireException
{
    /// <summary>Creates the exception.</summary>
    public EclaireRateLimitedException()
        : base("The ECLAIRE request budget is exhausted.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EclaireRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EclaireRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When a new attempt may succeed, if known.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when ECLAIRE itself answered 429; false when the gateway's own budget refused the request.</summary>
    public bool FromUpstream { get; init; }
}
