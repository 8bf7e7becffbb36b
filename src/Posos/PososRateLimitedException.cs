namespace Gateway.Posos;

/// <summary>
/// Posos (or the token endpoint) answered 429 Too Many Requests after the retries, or asked for a pause
/// (<c>Retry-After</c>) longer than <see cref="PososOptions.MaxRetryAfter"/>. The gateway maps it to
/// <c>UPSTREAM_RATE_LIMITED</c>.
/// </summary>
public sealed class PososRateLimitedException : PososException
{
    /// <summary>Creates the exception.</summary>
    public PososRateLimitedException()
        : base("Posos answered 429 Too Many Requests.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PososRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PososRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When a new attempt may succeed (the <c>Retry-After</c> answered), if known.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
