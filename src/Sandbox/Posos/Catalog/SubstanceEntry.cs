namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>An ingredient (active substance) for autocompletion: its BDPM substance code and name.</summary>
internal sealed record SubstanceEntry(string Code, string Name);
