namespace Gateway.Sandbox.Posos.Rules;

/// <summary>A condition associated with a rule's condition: its designation, what qualifies it and its SNOMED CT codes (reported, never matched).</summary>
internal sealed record AssociatedConditionSpec(string Designation, IReadOnlyList<string>? Modifiers, IReadOnlyList<string>? Snomed);
