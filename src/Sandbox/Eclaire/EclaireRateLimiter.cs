using System.Collections.Concurrent;

namespace Gateway.Sandbox.Eclaire;

/// <summary>
/// The API's NestJS throttler (AppModule.ts): per client address, a window of <c>WindowSeconds</c> opened by
/// the first request, at most <c>PermitLimit</c> requests in it. Off unless enabled (options or
/// <c>PUT /_sandbox/rate-limit</c>).
/// </summary>
internal sealed class EclaireRateLimiter(EclaireRateLimitOptions initial, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private EclaireRateLimitOptions _settings = new()
    {
        Enabled = initial.Enabled,
        PermitLimit = initial.PermitLimit,
        WindowSeconds = initial.WindowSeconds,
    };

    public EclaireRateLimitOptions Settings => Volatile.Read(ref _settings);

    public void Configure(EclaireRateLimitOptions settings)
    {
        Volatile.Write(ref _settings, settings);
        _windows.Clear();
    }

    /// <summary>Counts a request of <paramref name="client"/>; the throttler's verdict and headers.</summary>
    public RateLimitDecision Acquire(string client)
    {
        var settings = Settings;
        if (!settings.Enabled)
        {
            return new RateLimitDecision(true, null);
        }

        var now = time.GetUtcNow();
        var length = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        var window = _windows.AddOrUpdate(
            client,
            _ => new Window(now + length, 1),
            (_, current) => current.ResetsAt <= now ? new Window(now + length, 1) : current with { Count = current.Count + 1 });
        var resetSeconds = Math.Max(0, (int)Math.Ceiling((window.ResetsAt - now).TotalSeconds));
        var allowed = window.Count <= settings.PermitLimit;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["X-RateLimit-Limit"] = settings.PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = Math.Max(0, settings.PermitLimit - window.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset"] = resetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (!allowed)
        {
            headers["Retry-After"] = resetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new RateLimitDecision(allowed, headers);
    }

    private sealed record Window(DateTimeOffset ResetsAt, int Count);
}
