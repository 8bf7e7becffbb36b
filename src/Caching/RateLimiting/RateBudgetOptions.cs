namespace Gateway.Caching.RateLimiting;

/// <summary>Settings of the shared rate budget (section <c>Caching:RateBudget</c>).</summary>
public sealed class RateBudgetOptions
{
    /// <summary>
    /// The share of each bucket's capacity and refill rate that the local fallback bucket gets while Redis is
    /// unreachable, in (0, 1]. With N instances, 1/N keeps their sum within the shared budget. Default 1.
    /// </summary>
    public double LocalFallbackShare { get; set; } = 1.0;
}
