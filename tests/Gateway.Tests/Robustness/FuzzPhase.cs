namespace Gateway.Tests.Robustness;

/// <summary>A run of cases under one sandbox fault configuration (<c>PUT /_sandbox/faults</c> rules; null: none).</summary>
public sealed record FuzzPhase(string Name, string? FaultRules, IReadOnlyList<FuzzCase> Cases)
{
    public FuzzMode Mode { get; init; } = FuzzMode.Sequential;
}
