namespace Gateway.Sandbox.Posos.Model;

/// <summary>The patient criteria of an alert (GraphQL <c>PatientCriteria</c>).</summary>
internal sealed record PatientCriteriaResult(
    string? Gender,
    IReadOnlyList<string> AgeGroups,
    IReadOnlyList<TreatmentResult> ConcurrentTreatments,
    IReadOnlyList<ContinuousCriterionResult> ContinuousCriteria);
