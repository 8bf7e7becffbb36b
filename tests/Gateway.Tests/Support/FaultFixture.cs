namespace Gateway.Tests.Support;

/// <summary>
/// A gateway whose ECLAIRE client gives up soon (one retry, 5 s per attempt, 8 s in all) and has no circuit
/// breaker, so each fault test sees the fault it injects and nothing left over from the previous one. The timeouts are
/// seconds, not one: the calls that must succeed get them even from a loaded machine, and the latency fault that must time
/// out is far longer (a minute).
/// </summary>
public sealed class FaultFixture : GatewayFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Eclaire:RateLimit:PermitsPerMinute"] = "100000",
        ["Eclaire:RateLimit:QueueLimit"] = "1000",
        ["Eclaire:RateLimit:MaxQueueWait"] = "00:00:01",
        ["Eclaire:MaxRetryAttempts"] = "1",
        ["Eclaire:RetryBaseDelay"] = "00:00:00.010",
        ["Eclaire:RetryMaxDelay"] = "00:00:00.050",
        ["Eclaire:MaxRetryAfter"] = "00:00:01",
        ["Eclaire:AttemptTimeout"] = "00:00:05",
        ["Eclaire:TotalTimeout"] = "00:00:08",
        ["Eclaire:CircuitBreaker:Enabled"] = "false",
    };
}
