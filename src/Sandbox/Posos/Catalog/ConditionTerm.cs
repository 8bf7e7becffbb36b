namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>A SNOMED CT condition: its code, English term (IPS Free Set) and, for curated terrains, a French label.</summary>
internal sealed record ConditionTerm(string Code, string Display, string? FrenchLabel, bool Curated)
{
    /// <summary>The label shown to French users: the French one when there is one.</summary>
    public string Label => FrenchLabel ?? Display;
}
