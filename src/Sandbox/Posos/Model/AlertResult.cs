namespace Gateway.Sandbox.Posos.Model;

/// <summary>One contraindication alert (GraphQL <c>AlertResult</c>).</summary>
internal sealed record AlertResult(
    string Designation,
    string Type,
    ConditionResult? Condition,
    PatientCriteriaResult Patient,
    IReadOnlyList<WarningResult> Warnings,
    DrugResult Drug,
    string? Comment,
    SourceResult Source);
