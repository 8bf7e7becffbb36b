namespace Gateway.Caching;

/// <summary>Where the entry returned by <see cref="CacheLoader.GetOrCreateAsync"/> came from.</summary>
public enum CacheOutcome
{
    /// <summary>A fresh entry from the store.</summary>
    Hit,

    /// <summary>A stale entry (within its grace) from the store; a refresh was started in the background.</summary>
    Stale,

    /// <summary>No usable entry: the factory made it (this caller's call or one it joined).</summary>
    Miss,
}
