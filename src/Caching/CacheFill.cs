namespace Gateway.Caching;

/// <summary>What a <see cref="CacheLoader"/> factory produced: the entry and how long to keep it.</summary>
/// <param name="Entry">The value (with its ETag and headers).</param>
/// <param name="TimeToLive">How long it is fresh; zero or less: returned to the callers but not stored (e.g. an error, <c>no-store</c>).</param>
/// <param name="Grace">How long it may be served stale afterwards.</param>
public sealed record CacheFill(CacheEntry Entry, TimeSpan TimeToLive, TimeSpan Grace);
