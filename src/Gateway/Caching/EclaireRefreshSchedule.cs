using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// The time left until ECLAIRE's next daily refresh (plus the margin), for the statistics' max age. Europe/Paris
/// comes from the system's time-zone database, or, where the image has none, from the EU rule (CET, summer time from the
/// last Sunday of March to the last Sunday of October, 01:00 UTC).
/// </summary>
internal sealed class EclaireRefreshSchedule
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _refresh;
    private readonly TimeZoneInfo _zone;

    public EclaireRefreshSchedule(IOptions<EclaireRefreshOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var value = options.Value;
        if (value.DailyRefresh < TimeSpan.Zero || value.DailyRefresh >= TimeSpan.FromDays(1) || value.Margin < TimeSpan.Zero || value.Margin >= TimeSpan.FromDays(1))
        {
            throw new OptionsValidationException(EclaireRefreshOptions.SectionName, typeof(EclaireRefreshOptions), ["Caching:Eclaire:DailyRefresh and Margin must be within a day."]);
        }

        _time = timeProvider;
        _refresh = value.DailyRefresh + value.Margin;
        _zone = FindZone(value.TimeZone);
    }

    /// <summary>The next refresh (plus margin) after now, as an instant.</summary>
    public DateTimeOffset NextRefresh()
    {
        var now = _time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        for (var day = 0; day <= 2; day++)
        {
            var candidate = local.Date.AddDays(day) + _refresh;
            var instant = new DateTimeOffset(candidate, _zone.GetUtcOffset(candidate));
            if (instant > now)
            {
                return instant;
            }
        }

        return now.AddDays(1);
    }

    /// <summary>Seconds until <see cref="NextRefresh"/> (at least 1).</summary>
    public int SecondsUntilNextRefresh() => Math.Max(1, (int)Math.Ceiling((NextRefresh() - _time.GetUtcNow()).TotalSeconds));

    internal static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException && id == "Europe/Paris")
        {
            return ParisWithoutDatabase();
        }
    }

    internal static TimeZoneInfo ParisWithoutDatabase()
    {
        // EU summer time: 02:00 local (01:00 UTC) on the last Sunday of March to 03:00 local on the last Sunday of October.
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Paris", TimeSpan.FromHours(1), "Europe/Paris", "CET", "CEST", [rule]);
    }
}
