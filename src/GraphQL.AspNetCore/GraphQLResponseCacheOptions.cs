using Microsoft.AspNetCore.Http;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The response cache of the GraphQL endpoint (<c>AddGraphQLServer().AddResponseCache()</c>), bound from the
/// configuration section <c>GraphQL:ResponseCache</c> (environment variables <c>GraphQL__ResponseCache__Enabled</c>,
/// ...). Durations use the TimeSpan format (<c>01:00:00</c>). Entries live in the <c>ICacheStore</c> of
/// <c>Gateway.Caching</c> (Redis when configured, else in memory).
/// </summary>
public sealed class GraphQLResponseCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphQL:ResponseCache";

    /// <summary>Caches responses and sends caching headers (default true). False: the endpoint behaves as without the cache.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest an entry is fresh, whatever the hints say (default 1 day).</summary>
    public TimeSpan MaxTimeToLive { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a public entry outlives its freshness (default 1 day): within it a stale entry is answered at once
    /// (marked stale) while one background execution refreshes it; if that execution fails (an upstream is down), the
    /// stale entry keeps being answered until the grace ends.
    /// </summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The shortest time between two background refreshes of one entry (default 10 s), so a failing upstream is not hammered.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a background refresh may run (default 30 s).</summary>
    public TimeSpan RefreshTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Stores PRIVATE responses in the shared store (default false: never). When true, only for callers with a scope
    /// (<see cref="CallerScopeHeader"/>), under a key that is an HMAC of the request and the caller's scope, for at most
    /// <see cref="PrivateMaxTimeToLive"/>, without grace.
    /// </summary>
    public bool CachePrivate { get; set; }

    /// <summary>The longest a PRIVATE entry is kept when <see cref="CachePrivate"/> is on (default 1 minute).</summary>
    public TimeSpan PrivateMaxTimeToLive { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The request header that identifies the caller for PRIVATE entries (default <c>Authorization</c>); absent: no scope.</summary>
    public string CallerScopeHeader { get; set; } = "Authorization";

    /// <summary>Larger responses are answered but not stored (default 4 MiB).</summary>
    public int MaxEntryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Works out the caller's scope from the request (set in code; default: the value of <see cref="CallerScopeHeader"/>).
    /// Null means an anonymous caller, whose PRIVATE responses are never stored.
    /// </summary>
    public Func<HttpContext, string?>? CallerScope { get; set; }
}
