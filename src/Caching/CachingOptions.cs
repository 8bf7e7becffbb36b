namespace Gateway.Caching;

/// <summary>
/// Settings of the caching library, bound from the configuration section <c>Caching</c> (environment variables
/// <c>Caching__KeyPrefix</c>, <c>Caching__Memory__MaxEntries</c>, <c>Caching__ScopeSecret</c>, ...). Where Redis is
/// comes from <see cref="RedisOptions"/> (<c>Redis:Configuration</c>). Durations use the TimeSpan format (<c>00:00:10</c>).
/// </summary>
public sealed class CachingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Caching";

    /// <summary>Put before every Redis key the library writes (cache entries and rate buckets). Default <c>gw:</c>.</summary>
    public string KeyPrefix { get; set; } = "gw:";

    /// <summary>
    /// The secret of <see cref="CacheKeyScope"/> (HMAC-SHA256 of caller scopes for private entries), at least 32
    /// characters, the same on every instance. Unset: a random per-process secret (private entries are then not
    /// shared between instances), with a warning at start.
    /// </summary>
    public string? ScopeSecret { get; set; }

    /// <summary>Bounds of the in-memory store.</summary>
    public MemoryCacheStoreOptions Memory { get; set; } = new();

    /// <summary>When to stop asking Redis.</summary>
    public CacheCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>The shared rate budget's settings.</summary>
    public RateLimiting.RateBudgetOptions RateBudget { get; set; } = new();
}
