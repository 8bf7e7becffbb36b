namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>A French hospital used as investigator site (Data/Eclaire/Vocabulary/hospitals.tsv).</summary>
internal sealed record HospitalEntry(string Name, string Address, string PostalCode, string City, string EmailDomain, string PhonePrefix);
