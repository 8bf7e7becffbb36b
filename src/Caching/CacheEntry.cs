namespace Gateway.Caching;

/// <summary>
/// A cached value with its metadata: the bytes, an optional ETag (or content hash), a small header map, and its
/// lifetime. A store stamps <see cref="StoredAt"/>, <see cref="TimeToLive"/> and <see cref="Grace"/> when it stores
/// the entry; callers build one with just <see cref="Value"/> (and <see cref="ETag"/>, <see cref="Headers"/>).
/// The entry is fresh until <see cref="FreshUntil"/>, then stale (still returned, for stale-while-revalidate or
/// stale-if-error) until <see cref="StaleUntil"/>, then gone.
/// </summary>
public sealed class CacheEntry
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new Dictionary<string, string>(0, StringComparer.OrdinalIgnoreCase);

    /// <summary>The cached bytes (e.g. a serialized response).</summary>
    public ReadOnlyMemory<byte> Value { get; init; }

    /// <summary>An entity tag or content hash, for conditional requests; null for none.</summary>
    public string? ETag { get; init; }

    /// <summary>A few headers to replay with the value (names are case-insensitive once read back).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = NoHeaders;

    /// <summary>When the entry was stored (the storing instance's clock).</summary>
    public DateTimeOffset StoredAt { get; init; }

    /// <summary>How long the entry is fresh after <see cref="StoredAt"/>.</summary>
    public TimeSpan TimeToLive { get; init; }

    /// <summary>How long, after it stops being fresh, the entry may still be served stale.</summary>
    public TimeSpan Grace { get; init; }

    /// <summary>The end of freshness.</summary>
    public DateTimeOffset FreshUntil => StoredAt + TimeToLive;

    /// <summary>The end of the grace period: from then on stores no longer return the entry.</summary>
    public DateTimeOffset StaleUntil => FreshUntil + Grace;

    /// <summary>True before <see cref="FreshUntil"/>.</summary>
    public bool IsFresh(DateTimeOffset now) => now < FreshUntil;

    /// <summary>True from <see cref="StaleUntil"/> on.</summary>
    public bool IsExpired(DateTimeOffset now) => now >= StaleUntil;

    /// <summary>Time since the entry was stored (never negative), e.g. for an <c>Age</c> header.</summary>
    public TimeSpan Age(DateTimeOffset now) => now > StoredAt ? now - StoredAt : TimeSpan.Zero;

    /// <summary>Freshness left (never negative), e.g. for <c>Cache-Control: max-age</c>.</summary>
    public TimeSpan FreshnessLeft(DateTimeOffset now) => now < FreshUntil ? FreshUntil - now : TimeSpan.Zero;

    /// <summary>A copy with the given lifetime (what a store keeps).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time to live is not positive, or the grace is negative.</exception>
    public CacheEntry WithLifetime(DateTimeOffset storedAt, TimeSpan timeToLive, TimeSpan grace)
    {
        ValidateLifetime(timeToLive, grace);
        return new CacheEntry
        {
            Value = Value,
            ETag = ETag,
            Headers = Headers,
            StoredAt = storedAt,
            TimeToLive = timeToLive,
            Grace = grace,
        };
    }

    internal static void ValidateLifetime(TimeSpan timeToLive, TimeSpan grace)
    {
        if (timeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), "The time to live must be positive.");
        }

        if (grace < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(grace), "The grace period may not be negative.");
        }
    }

    /// <summary>Bytes the entry takes in memory, roughly (value, strings, and a fixed overhead).</summary>
    internal long ApproximateSize(string key)
    {
        long size = 128 + (key.Length * 2) + Value.Length + ((ETag?.Length ?? 0) * 2);
        foreach (var (name, value) in Headers)
        {
            size += 48 + ((name.Length + value.Length) * 2);
        }

        return size;
    }
}
