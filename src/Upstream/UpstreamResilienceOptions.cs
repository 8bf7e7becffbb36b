namespace Gateway.Upstream;

/// <summary>
/// The resilience settings every upstream client has (timeouts and retries), bound from its own configuration section
/// (e.g. <c>Eclaire:TotalTimeout</c>, <c>Posos:MaxRetryAttempts</c>): each client's options class derives from this one.
/// Durations use the TimeSpan format (<c>00:00:30</c>). Checked by <see cref="UpstreamOptionsValidation.ValidateResilience"/>.
/// </summary>
public class UpstreamResilienceOptions
{
    /// <summary>Time allowed for a whole call, retries and waits included. Default 30 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one attempt (until the response headers), and again for reading the body. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt on transient failures (5xx, 408, 429, timeouts, connection errors); 0 disables. Default 2.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>Median first retry delay; exponential back-off with jitter follows. Default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest back-off delay. Default 5 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one is not waited for and the failure is reported. Default 10 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
