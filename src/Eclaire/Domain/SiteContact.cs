namespace Gateway.Eclaire.Domain;

/// <summary>The investigator named on a site (<c>eclaire-site-contact-name</c> on a <c>telecom</c> entry).</summary>
/// <param name="Title">Title (HumanName prefix), e.g. <c>Dr.</c>, <c>Prof.</c>.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="GivenNames">Given names.</param>
public sealed record SiteContact(string? Title, string? FamilyName, IReadOnlyList<string> GivenNames);
