using System.Text;
using Gateway.Caching.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Caching;

/// <summary>
/// Entries in Redis, one string per entry in the compact binary form, under <c>{prefix}{key}</c>; Redis expires each
/// after its time to live plus its grace. Redis failures are thrown (<see cref="RedisException"/>):
/// <see cref="ResilientCacheStore"/> turns them into misses. An unreadable entry is a miss.
/// </summary>
public sealed class RedisCacheStore : ICacheStore
{
    private const int UnlinkBatch = 500;

    private readonly RedisClient _client;
    private readonly string _prefix;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the store.</summary>
    /// <param name="client">The Redis client (not owned: the caller disposes it).</param>
    /// <param name="keyPrefix">Put before every key, e.g. <c>gw:</c>.</param>
    /// <param name="timeProvider">The clock that stamps entries.</param>
    /// <param name="logger">Where unreadable entries are reported.</param>
    public RedisCacheStore(RedisClient client, string keyPrefix, TimeProvider timeProvider, ILogger<RedisCacheStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _client = client;
        _prefix = keyPrefix;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The Redis key of a cache key.</summary>
    public string RedisKey(string key) => _prefix + key;

    /// <inheritdoc />
    public async ValueTask<CacheEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var data = await _client.GetAsync(RedisKey(key), cancellationToken).ConfigureAwait(false);
        return Read(data);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<CacheEntry?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var values = await _client.MGetAsync(keys.Select(RedisKey).ToList(), cancellationToken).ConfigureAwait(false);
        return values.Select(Read).ToList();
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry.WithLifetime(_time.GetUtcNow(), timeToLive, grace);
        var data = CacheEntrySerializer.Serialize(stored);
        await _client.SetAsync(RedisKey(key), data, timeToLive + grace, RedisSetCondition.Always, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await _client.UnlinkAsync(RedisKey(key), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        long removed = 0;
        var batch = new List<string>(UnlinkBatch);
        await foreach (var key in _client.ScanAsync(EscapeGlob(RedisKey(prefix)) + "*", 1000, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(key);
            if (batch.Count == UnlinkBatch)
            {
                removed += await _client.UnlinkAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            removed += await _client.UnlinkAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }

    /// <summary>Escapes the glob characters of SCAN's MATCH so the prefix matches literally.</summary>
    internal static string EscapeGlob(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '*' or '?' or '[' or ']' or '\\' or '^' or '-')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private CacheEntry? Read(byte[]? data)
    {
        if (data is null)
        {
            return null;
        }

        CacheEntry entry;
        try
        {
            entry = CacheEntrySerializer.Deserialize(data);
        }
        catch (FormatException exception)
        {
            CachingLog.UnreadableEntry(_logger, exception.Message);
            return null;
        }

        // Redis expires the key itself; this guards against clocks that disagree between instances.
        return entry.IsExpired(_time.GetUtcNow()) ? null : entry;
    }
}
