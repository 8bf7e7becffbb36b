namespace Gateway.Sandbox.Posos.Rules;

/// <summary>The patient criteria of a rule: age groups, sex (M/F), continuous criteria (ranges of a measurement) and concurrent treatments.</summary>
internal sealed record PatientSpec(IReadOnlyList<string> AgeGroups, string? Gender, IReadOnlyList<CriterionSpec> ContinuousCriteria, TreatmentSpec? ConcurrentTreatments);
