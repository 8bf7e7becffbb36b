namespace Gateway.Eclaire.Domain;

/// <summary>A postal address as ECLAIRE sends it.</summary>
/// <param name="Lines">Street lines.</param>
/// <param name="City">City (for study contacts ECLAIRE has sent the country here and the city in <see cref="Country"/>).</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country (see <see cref="City"/>).</param>
public sealed record PostalAddress(IReadOnlyList<string> Lines, string? City, string? PostalCode, string? Country);
