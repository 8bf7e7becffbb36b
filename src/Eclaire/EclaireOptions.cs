namespace Gateway.Eclaire;

/// <summary>
/// Settings of the ECLAIRE client, bound from the configuration section <c>Eclaire</c> (environment variables
/// <c>Eclaire__BaseUrl</c>, <c>Eclaire__RateLimit__PermitsPerMinute</c>, ...). Durations use the TimeSpan format
/// (<c>00:00:30</c>).
/// </summary>
public sealed class EclaireOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Eclaire";

    /// <summary>ECLAIRE's root; FHIR routes are under <c>R4/</c>, statistics under <c>api/</c>. Default production.</summary>
    public Uri BaseUrl { get; set; } = new("https://eclaire-api.sante.gouv.fr/");

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

    /// <summary>Circuit breaker settings.</summary>
    public EclaireCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Outbound request budget settings.</summary>
    public EclaireRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>User-Agent sent to ECLAIRE.</summary>
    public string UserAgent { get; set; } = "Gateway.Eclaire/1.0";
}
