namespace Gateway.Sandbox.Posos.Rules;

/// <summary>A drug-condition or drug-patient alert: it fires for a drug the <see cref="Drugs"/> matcher accepts, for a patient meeting the condition and patient criteria.</summary>
internal sealed record ContraindicationRule(
    string Id,
    string Type,
    string Designation,
    DrugMatcher Drugs,
    ConditionSpec? Condition,
    PatientSpec Patient,
    IReadOnlyList<WarningSpec> Warnings,
    string? Comment,
    SourceSpec Source);
