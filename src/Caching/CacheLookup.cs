namespace Gateway.Caching;

/// <summary>The answer of <see cref="CacheLoader.GetOrCreateAsync"/>.</summary>
/// <param name="Entry">The entry, with its lifetime (see <see cref="CacheEntry.Age"/>, <see cref="CacheEntry.FreshnessLeft"/>).</param>
/// <param name="Outcome">Hit, stale or miss.</param>
public readonly record struct CacheLookup(CacheEntry Entry, CacheOutcome Outcome);
