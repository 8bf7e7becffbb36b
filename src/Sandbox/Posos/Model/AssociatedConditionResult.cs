namespace Gateway.Sandbox.Posos.Model;

/// <summary>A condition associated with the main one (GraphQL <c>AssociatedCondition</c>).</summary>
internal sealed record AssociatedConditionResult(string? Designation, IReadOnlyList<string> Modifiers, IReadOnlyList<CodingResult> Codings);
