using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// An in-process store bounded by entry count and size: least recently used entries are evicted first, entries past
/// their grace are dropped when met. Time comes from the injected <see cref="TimeProvider"/>. It is the store when
/// Redis is not configured, and the fallback while Redis is down.
/// </summary>
public sealed class MemoryCacheStore : ICacheStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Item>> _items = new(StringComparer.Ordinal);
    private readonly LinkedList<Item> _recency = new();
    private readonly TimeProvider _time;
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private long _bytes;

    /// <summary>Creates the store with the <c>Caching:Memory</c> bounds.</summary>
    public MemoryCacheStore(IOptions<CachingOptions> options, TimeProvider timeProvider)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value.Memory, timeProvider)
    {
    }

    /// <summary>Creates the store.</summary>
    public MemoryCacheStore(MemoryCacheStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEntries, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBytes, 1, nameof(options));
        _maxEntries = options.MaxEntries;
        _maxBytes = options.MaxBytes;
        _time = timeProvider;
    }

    /// <summary>Entries held (some may be past their grace until met or evicted).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Approximate bytes held.</summary>
    public long SizeInBytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<CacheEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(GetLocked(key, _time.GetUtcNow()));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<CacheEntry?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var entries = new CacheEntry?[keys.Count];
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = GetLocked(keys[i], now);
            }
        }

        return ValueTask.FromResult<IReadOnlyList<CacheEntry?>>(entries);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        CacheEntry.ValidateLifetime(timeToLive, grace);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = entry.WithLifetime(_time.GetUtcNow(), timeToLive, grace);
        var size = stored.ApproximateSize(key);
        lock (_gate)
        {
            RemoveLocked(key);

            // Too big to ever fit: not stored (and the older entry under the key is gone, as it is outdated).
            if (size > _maxBytes)
            {
                return ValueTask.CompletedTask;
            }

            _items[key] = _recency.AddFirst(new Item(key, stored, size));
            _bytes += size;
            while (_items.Count > _maxEntries || _bytes > _maxBytes)
            {
                RemoveNodeLocked(_recency.Last!);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return ValueTask.FromResult(RemoveLocked(key));
        }
    }

    /// <inheritdoc />
    public ValueTask<long> RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        long removed = 0;
        lock (_gate)
        {
            foreach (var key in _items.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                removed += RemoveLocked(key) ? 1 : 0;
            }
        }

        return ValueTask.FromResult(removed);
    }

    private CacheEntry? GetLocked(string key, DateTimeOffset now)
    {
        if (!_items.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node.Value.Entry.IsExpired(now))
        {
            RemoveNodeLocked(node);
            return null;
        }

        _recency.Remove(node);
        _recency.AddFirst(node);
        return node.Value.Entry;
    }

    private bool RemoveLocked(string key)
    {
        if (!_items.TryGetValue(key, out var node))
        {
            return false;
        }

        RemoveNodeLocked(node);
        return true;
    }

    private void RemoveNodeLocked(LinkedListNode<Item> node)
    {
        _recency.Remove(node);
        _items.Remove(node.Value.Key);
        _bytes -= node.Value.Size;
    }

    private sealed record Item(string Key, CacheEntry Entry, long Size);
}
