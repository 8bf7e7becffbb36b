namespace Gateway.Eclaire;

/// <summary>
/// The process-wide outbound budget (section <c>Eclaire:RateLimit</c>). ECLAIRE allows about 100 requests a minute per
/// client; every HTTP attempt, retries included, spends one permit.
/// </summary>
public sealed class EclaireRateLimitOptions
{
    /// <summary>Most requests sent in any 60-second span. Default 90.</summary>
    public int PermitsPerMinute { get; set; } = 90;

    /// <summary>Requests that may wait for a permit; past it, requests fail at once. Default 50.</summary>
    public int QueueLimit { get; set; } = 50;

    /// <summary>Longest wait for a permit; a request that would wait longer fails at once. Default 10 s.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(10);
}
