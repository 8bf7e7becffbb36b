namespace Gateway.Sandbox.Posos.Rules;

/// <summary>A measurement range (<see cref="Min"/> inclusive, <see cref="Max"/> exclusive; null is open), e.g. creatinine clearance below 30 mL/min.</summary>
internal sealed record CriterionSpec(string Type, string Unit, double? Min, double? Max);
