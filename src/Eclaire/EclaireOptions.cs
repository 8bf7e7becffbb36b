using Gateway.Upstream;

namespace Gateway.Eclaire;

/// <summary>
/// Settings of the ECLAIRE client, bound from the configuration section <c>Eclaire</c> (environment variables
/// <c>Eclaire__BaseUrl</c>, <c>Eclaire__RateLimit__PermitsPerMinute</c>, ...). Durations use the TimeSpan format
/// (<c>00:00:30</c>). The timeouts and retries (<c>TotalTimeout</c>, <c>AttemptTimeout</c>, <c>MaxRetryAttempts</c>,
/// <c>RetryBaseDelay</c>, <c>RetryMaxDelay</c>, <c>MaxRetryAfter</c>) are those of every upstream client
/// (<see cref="UpstreamResilienceOptions"/>, in src/Upstream).
/// </summary>
public sealed class EclaireOptions : UpstreamResilienceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Eclaire";

    /// <summary>ECLAIRE's root; FHIR routes are under <c>R4/</c>, statistics under <c>api/</c>. Default production.</summary>
    public Uri BaseUrl { get; set; } = new("https://eclaire-api.sante.gouv.fr/");

    /// <summary>Circuit breaker settings.</summary>
    public EclaireCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Outbound request budget settings.</summary>
    public EclaireRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>User-Agent sent to ECLAIRE.</summary>
    public string UserAgent { get; set; } = "Gateway.Eclaire/1.0";
}
