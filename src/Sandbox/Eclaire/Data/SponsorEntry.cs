namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>A study sponsor (Data/Eclaire/Vocabulary/sponsors.tsv).</summary>
internal sealed record SponsorEntry(
    string Name,
    string Address,
    string PostalCode,
    string City,
    string Country,
    string Kind,
    IReadOnlySet<Regulation> Regulations,
    string EmailDomain,
    string Phone);
