namespace Gateway.Eclaire.Domain;

/// <summary>An age range of a group (<c>grp-age</c>): 0-17, 18-64, or 65+ (no upper bound), in years.</summary>
/// <param name="Low">Lower bound, inclusive.</param>
/// <param name="High">Upper bound, inclusive; null for "65+".</param>
/// <param name="Unit">Unit, always <c>years</c> on ECLAIRE.</param>
public sealed record AgeRange(int? Low, int? High, string? Unit);
