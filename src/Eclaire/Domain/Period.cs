namespace Gateway.Eclaire.Domain;

/// <summary>A range of days (ECLAIRE sends dates or midnight-UTC instants; only the day is meaningful).</summary>
/// <param name="Start">First day, if known.</param>
/// <param name="End">Last day, if known.</param>
public sealed record Period(DateOnly? Start, DateOnly? End);
