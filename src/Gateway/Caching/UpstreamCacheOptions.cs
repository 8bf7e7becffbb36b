namespace Gateway.Caching;

/// <summary>The cache of ECLAIRE's GET responses by URL (section <c>Caching:Upstream</c>).</summary>
internal sealed class UpstreamCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Caching:Upstream";

    /// <summary>Caches ECLAIRE's successful GET responses (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Larger responses are passed on but not stored (default 8 MiB).</summary>
    public int MaxEntryBytes { get; set; } = 8 * 1024 * 1024;
}
