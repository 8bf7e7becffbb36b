using Gateway.Upstream;

namespace Gateway.Posos;

/// <summary>
/// Settings of the Posos client, bound from the configuration section <c>Posos</c> (environment variables
/// <c>Posos__BaseUrl</c>, <c>Posos__Token</c>, <c>Posos__ServiceAccountKeyFile</c>, ...). Durations use the TimeSpan
/// format (<c>00:00:30</c>). Credentials are optional: without <see cref="Token"/> and without a service-account key
/// the client is registered all the same and every call fails with <see cref="PososNotConfiguredException"/>. The
/// timeouts and retries (<c>TotalTimeout</c>, <c>AttemptTimeout</c>, <c>MaxRetryAttempts</c>, <c>RetryBaseDelay</c>,
/// <c>RetryMaxDelay</c>, <c>MaxRetryAfter</c>) are those of every upstream client (<see cref="UpstreamResilienceOptions"/>,
/// in src/Upstream).
/// </summary>
public sealed class PososOptions : UpstreamResilienceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Posos";

    /// <summary>The audience (OAuth client id of Posos's Identity-Aware Proxy) Posos publishes for its API.</summary>
    public const string PublishedAudience = "20286154155-852pf0ti456nd81ongbiecmjqgag84q3.apps.googleusercontent.com";

    /// <summary>Google's OAuth token endpoint, where a signed service-account assertion is exchanged for an ID token.</summary>
    public const string GoogleTokenEndpoint = "https://oauth2.googleapis.com/token";

    /// <summary>Posos's API root (one per environment, with its own key). Default production, <c>https://api.production.posos.co/</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.production.posos.co/");

    /// <summary>The AORT GraphQL endpoint, relative to <see cref="BaseUrl"/>. Default <c>aort/v1/graphql</c> (the newer one is <c>aort-api-v3/v1/graphql</c>).</summary>
    public string GraphQLPath { get; set; } = "aort/v1/graphql";

    /// <summary>The REST autocomplete, relative to <see cref="BaseUrl"/>. Default <c>autocomplete-api/autocomplete</c>.</summary>
    public string AutocompletePath { get; set; } = "autocomplete-api/autocomplete";

    /// <summary>
    /// A bearer token sent as is (an ID token obtained elsewhere, or the Sandbox's token). Mutually exclusive with a
    /// service-account key. Secret: never logged.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>Path of the Google service-account key file (JSON) Posos issued. Mutually exclusive with <see cref="Token"/> and <see cref="ServiceAccountKeyJson"/>.</summary>
    public string? ServiceAccountKeyFile { get; set; }

    /// <summary>The service-account key file's content, for hosts that pass secrets as values. Secret: never logged.</summary>
    public string? ServiceAccountKeyJson { get; set; }

    /// <summary>The Identity-Aware Proxy audience the ID token is asked for (<c>target_audience</c>). Default <see cref="PublishedAudience"/>.</summary>
    public string Audience { get; set; } = PublishedAudience;

    /// <summary>
    /// Where the signed assertion is posted. Default: the key file's <c>token_uri</c>, else <see cref="GoogleTokenEndpoint"/>.
    /// The assertion's <c>aud</c> claim stays the key's <c>token_uri</c> (Google's), so a stand-in endpoint can be set here alone.
    /// </summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>How long before its expiry a cached ID token is replaced. Default 5 min.</summary>
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Circuit breaker settings (one breaker for Posos, another for the token endpoint).</summary>
    public PososCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>User-Agent sent to Posos and to the token endpoint.</summary>
    public string UserAgent { get; set; } = "Gateway.Posos/1.0";
}
