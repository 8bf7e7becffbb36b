namespace Gateway.Caching;

/// <summary>Bounds of the in-memory store (section <c>Caching:Memory</c>).</summary>
public sealed class MemoryCacheStoreOptions
{
    /// <summary>Most entries kept; the least recently used go first. Default 10,000.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Most bytes kept, roughly (values, keys, headers and overhead). Default 64 MiB.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
