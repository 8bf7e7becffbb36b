namespace Gateway.Sandbox.Eclaire;

/// <summary>Whether the throttler lets a request through, and the headers it adds (null when throttling is off).</summary>
internal sealed record RateLimitDecision(bool Allowed, IReadOnlyDictionary<string, string>? Headers);
