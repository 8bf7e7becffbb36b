namespace Gateway.Sandbox.Posos.Rules;

/// <summary>A drug-drug interaction between a drug <see cref="Left"/> accepts and one <see cref="Right"/> accepts.</summary>
internal sealed record InteractionRule(
    string Id,
    string Type,
    string Designation,
    DrugMatcher Left,
    DrugMatcher Right,
    IReadOnlyList<WarningSpec> Warnings,
    SourceSpec Source);
