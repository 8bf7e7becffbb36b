namespace Gateway.Caching.RateLimiting;

/// <summary>The answer of <see cref="IRateBudget.TryAcquireAsync"/>.</summary>
/// <param name="Acquired">True when the permits were taken.</param>
/// <param name="RetryAfter">When refused: how long until enough tokens will have refilled (zero when acquired).</param>
/// <param name="Remaining">Tokens left in the bucket after this decision.</param>
/// <param name="Shared">True when Redis decided (the budget shared by every instance); false when the local fallback did.</param>
public readonly record struct RateBudgetDecision(bool Acquired, TimeSpan RetryAfter, double Remaining, bool Shared);
