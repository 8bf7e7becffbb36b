namespace Gateway.Caching;

/// <summary>When to stop asking Redis (section <c>Caching:CircuitBreaker</c>).</summary>
public sealed class CacheCircuitBreakerOptions
{
    /// <summary>Consecutive failed Redis calls that open the circuit. Default 5.</summary>
    public int FailureThreshold { get; set; } = 5;

    /// <summary>How long an open circuit skips Redis before one trial call. Default 10 s.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);
}
