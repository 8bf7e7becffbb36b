namespace Gateway.Caching;

/// <summary>
/// Where cached entries live (the response cache and the upstream cache use it). <see cref="GetAsync"/> returns fresh
/// entries and stale ones still within their grace period (check <see cref="CacheEntry.IsFresh"/>); past the grace
/// an entry is gone. Keys are plain strings; the store adds its own prefix where it needs one.
/// </summary>
public interface ICacheStore
{
    /// <summary>The entry, fresh or in its grace period; null when there is none.</summary>
    ValueTask<CacheEntry?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Several entries at once (one round trip where the store allows), in the order of <paramref name="keys"/>.</summary>
    ValueTask<IReadOnlyList<CacheEntry?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="entry"/> (its value, ETag and headers), fresh for <paramref name="timeToLive"/> and then
    /// served stale for <paramref name="grace"/>; replaces any entry under the key.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The time to live is not positive, or the grace is negative.</exception>
    ValueTask SetAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry; true when there was one.</summary>
    ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes every entry whose key starts with <paramref name="prefix"/>; returns how many were removed.</summary>
    ValueTask<long> RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default);
}
