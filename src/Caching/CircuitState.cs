namespace Gateway.Caching;

/// <summary>The state of a <see cref="RedisCircuitBreaker"/>.</summary>
public enum CircuitState
{
    /// <summary>Redis is used.</summary>
    Closed,

    /// <summary>Redis is skipped until the break ends.</summary>
    Open,

    /// <summary>The break has ended and one trial call is under way; others still skip Redis.</summary>
    HalfOpen,
}
