namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>One investigator site of a generated study (a Location resource).</summary>
internal sealed record SiteContent(
    string Organization,
    string Address,
    string City,
    string PostalCode,
    string InvestigatorTitle,
    string InvestigatorFamily,
    string InvestigatorGiven,
    string Service,
    string? Email,
    string? Phone);
