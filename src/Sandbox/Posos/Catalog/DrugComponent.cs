namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>One active ingredient of a clinical drug: its INN (lower case) and strength.</summary>
internal sealed record DrugComponent(string Inn, string Dosage, string SubstanceCode);
