namespace Gateway.Eclaire.Domain;

/// <summary>A code from a terminology (phase, country, MedDRA term, regulation precision, population...).</summary>
/// <param name="System">The code system URI.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">Its display text.</param>
/// <param name="Version">The code system version ECLAIRE states.</param>
public sealed record Coding(string? System, string? Code, string? Display, string? Version);
