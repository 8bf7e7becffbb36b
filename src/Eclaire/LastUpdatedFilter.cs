namespace Gateway.Eclaire;

/// <summary>
/// One <c>_lastUpdated</c> condition. ECLAIRE requires the date part to be exactly <c>YYYY-MM-DD</c> (a time is refused
/// with HTTP 400), which a <see cref="DateOnly"/> guarantees. Several filters combine with AND.
/// </summary>
/// <param name="Comparison">The comparison.</param>
/// <param name="Date">The day.</param>
public sealed record LastUpdatedFilter(DateComparison Comparison, DateOnly Date);
