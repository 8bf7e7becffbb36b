namespace Gateway.Sandbox.Posos.Model;

/// <summary>The medical condition of an alert (GraphQL <c>Condition</c>).</summary>
internal sealed record ConditionResult(
    string? Designation,
    IReadOnlyList<AssociatedConditionResult> AssociatedConditions,
    IReadOnlyList<string> Modifiers,
    IReadOnlyList<CodingResult> Codings);
