using Gateway.Caching;
using Gateway.TestSupport;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Caching;

/// <summary>Statistics live until ECLAIRE's next daily refresh (04:00 Europe/Paris) plus the margin, summer and winter.</summary>
public sealed class EclaireRefreshScheduleTests
{
    private static EclaireRefreshSchedule At(DateTimeOffset now, EclaireRefreshOptions? options = null) =>
        new(Options.Create(options ?? new EclaireRefreshOptions()), new ManualTimeProvider(now));

    [Theory]
    [InlineData("2026-06-02T02:00:00Z", "2026-06-02T02:15:00Z")] // 04:00 in Paris (CEST): 15 minutes left
    [InlineData("2026-06-02T02:15:00Z", "2026-06-03T02:15:00Z")] // just refreshed: a day left
    [InlineData("2026-06-01T22:30:00Z", "2026-06-02T02:15:00Z")] // 00:30 in Paris, the next day there
    [InlineData("2026-01-15T12:00:00Z", "2026-01-16T03:15:00Z")] // winter (CET): 04:15 is 03:15 UTC
    [InlineData("2026-03-28T12:00:00Z", "2026-03-29T02:15:00Z")] // the night summer time starts
    [InlineData("2026-10-24T12:00:00Z", "2026-10-25T03:15:00Z")] // the night summer time ends
    public void The_next_refresh_is_04_15_in_Paris(string now, string next)
    {
        var schedule = At(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), schedule.NextRefresh());
    }

    [Fact]
    public void The_max_age_counts_whole_seconds_and_follows_the_options()
    {
        var schedule = At(
            new DateTimeOffset(2026, 6, 2, 2, 0, 0, TimeSpan.Zero),
            new EclaireRefreshOptions { DailyRefresh = TimeSpan.FromHours(3), Margin = TimeSpan.FromMinutes(30), TimeZone = "UTC" });

        Assert.Equal(5400, schedule.SecondsUntilNextRefresh());
    }

    [Fact]
    public void Without_a_time_zone_database_Paris_follows_the_EU_rule()
    {
        var system = EclaireRefreshSchedule.FindZone("Europe/Paris");
        var fallback = EclaireRefreshSchedule.ParisWithoutDatabase();
        for (var day = new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero); day.Year == 2026; day = day.AddHours(7))
        {
            Assert.Equal(system.GetUtcOffset(day), fallback.GetUtcOffset(day));
        }
    }
}
