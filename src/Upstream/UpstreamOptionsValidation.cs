namespace Gateway.Upstream;

/// <summary>
/// The checks every upstream client's options validator makes, with messages that name the client's configuration
/// section (e.g. <c>Eclaire:AttemptTimeout may not exceed Eclaire:TotalTimeout.</c>).
/// </summary>
public static class UpstreamOptionsValidation
{
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsHttpUrl(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// Adds to <paramref name="failures"/> what is wrong with the timeouts, the retries and the circuit breaker: positive
    /// timeouts with the attempt's within the total, 0 to 10 retries, non-negative delays with
    /// <c>RetryMaxDelay &gt;= RetryBaseDelay</c>, and (when enabled) a breaker with a ratio in (0, 1], a throughput of at
    /// least 2 and windows of at least 0.5 s.
    /// </summary>
    /// <param name="section">The configuration section, as messages name it (<c>Eclaire</c>, <c>Posos</c>).</param>
    /// <param name="options">The timeouts and retries.</param>
    /// <param name="circuitBreaker">The breaker settings; null is reported as missing.</param>
    /// <param name="failures">Where the messages go.</param>
    public static void ValidateResilience(string section, UpstreamResilienceOptions options, UpstreamCircuitBreakerOptions? circuitBreaker, ICollection<string> failures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(failures);

        if (options.TotalTimeout <= TimeSpan.Zero || options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{section}:TotalTimeout and {section}:AttemptTimeout must be positive.");
        }
        else if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"{section}:AttemptTimeout may not exceed {section}:TotalTimeout.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{section}:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay || options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"{section} retry delays must be non-negative, with RetryMaxDelay >= RetryBaseDelay.");
        }

        if (circuitBreaker is null)
        {
            failures.Add($"{section}:CircuitBreaker is required.");
        }
        else if (circuitBreaker.Enabled
            && (circuitBreaker.FailureRatio is <= 0 or > 1 || circuitBreaker.MinimumThroughput < 2
                || circuitBreaker.SamplingDuration < HalfSecond || circuitBreaker.BreakDuration < HalfSecond))
        {
            failures.Add($"{section}:CircuitBreaker needs FailureRatio in (0, 1], MinimumThroughput >= 2, SamplingDuration and BreakDuration >= 0.5 s.");
        }
    }
}
