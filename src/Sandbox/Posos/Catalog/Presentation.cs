namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>A presentation (packaged drug) of a specialty: its CIP7 and CIP13 codes and label.</summary>
internal sealed record Presentation(string Cis, string Cip7, string Label, string Cip13);
