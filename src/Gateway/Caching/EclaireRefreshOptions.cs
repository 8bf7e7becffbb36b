namespace Gateway.Caching;

/// <summary>
/// When ECLAIRE recomputes its data (section <c>Caching:Eclaire</c>): its statistics are cached until the next daily
/// refresh plus a margin. Defaults: 04:00 Europe/Paris, 15 minutes' margin.
/// </summary>
internal sealed class EclaireRefreshOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Caching:Eclaire";

    /// <summary>ECLAIRE's daily refresh, local time of <see cref="TimeZone"/> (default <c>04:00:00</c>).</summary>
    public TimeSpan DailyRefresh { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The time zone of <see cref="DailyRefresh"/> (IANA id, default <c>Europe/Paris</c>).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Added to the refresh time, for ECLAIRE to finish (default <c>00:15:00</c>).</summary>
    public TimeSpan Margin { get; set; } = TimeSpan.FromMinutes(15);
}
