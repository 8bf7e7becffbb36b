namespace Gateway.Sandbox.Posos.Model;

/// <summary>One drug-drug interaction (GraphQL <c>InteractionResult</c>).</summary>
internal sealed record InteractionResult(
    string Designation,
    string Type,
    IReadOnlyList<WarningResult> Warnings,
    DrugResult Right,
    DrugResult Left,
    SourceResult Source);
