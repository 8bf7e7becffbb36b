namespace Gateway.Sandbox.Posos.Rules;

/// <summary>The condition of a rule: its designation, the SNOMED CT codes that trigger it, modifiers and associated conditions.</summary>
internal sealed record ConditionSpec(string Designation, IReadOnlyList<string> Snomed, IReadOnlyList<string> Modifiers, IReadOnlyList<AssociatedConditionSpec> AssociatedConditions);
