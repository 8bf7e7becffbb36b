namespace Gateway.Sandbox.Posos.Model;

/// <summary>A measurement range of an alert's patient criteria (GraphQL <c>ContinuousCriterion</c>).</summary>
internal sealed record ContinuousCriterionResult(string? Type, string? Unit, double? Min, double? Max, double? Value);
