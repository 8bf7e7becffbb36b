namespace Gateway.Eclaire.Domain;

/// <summary>One key of <c>/api/statistics</c>, as sent.</summary>
/// <param name="Key">The key, e.g. <c>Total_etudes</c>.</param>
/// <param name="Value">Its count.</param>
public sealed record StatisticsEntry(string Key, long Value);
