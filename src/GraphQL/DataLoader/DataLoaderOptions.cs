namespace Gateway.GraphQL.DataLoader;

/// <summary>How a DataLoader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>Most keys sent in one batch call; larger batches are split (default 1,024).</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>Whether a key is fetched at most once per scope (default true: the per-request cache).</summary>
    public bool Caching { get; init; } = true;
}
