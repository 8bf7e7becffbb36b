namespace Gateway.Sandbox.Posos.Rules;

/// <summary>The patient criteria of a rule: age groups, sex (M/F), and continuous criteria (ranges of a measurement).</summary>
internal sealed record PatientSpec(IReadOnlyList<string> AgeGroups, string? Gender, IReadOnlyList<CriterionSpec> ContinuousCriteria);
