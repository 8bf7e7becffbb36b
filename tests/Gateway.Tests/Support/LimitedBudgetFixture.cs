using Gateway.TestSupport;

namespace Gateway.Tests.Support;

/// <summary>
/// A gateway whose outbound ECLAIRE budget is small (30 requests a minute, 10 waiting at most 2 s) and that never retries.
/// Its clock is manual and never moved: the minute never ends, so however slow the machine no permit comes back during a
/// test (and no wait for one can succeed), and no timeout fires.
/// </summary>
public sealed class LimitedBudgetFixture : GatewayFixture
{
    public const int PermitsPerMinute = 30;

    protected override TimeProvider? Clock { get; } = new ManualTimeProvider(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Eclaire:RateLimit:PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Eclaire:RateLimit:QueueLimit"] = "10",
        ["Eclaire:RateLimit:MaxQueueWait"] = "00:00:02",
        ["Eclaire:MaxRetryAttempts"] = "0",
    };
}
