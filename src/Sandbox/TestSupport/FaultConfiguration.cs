namespace Gateway.Sandbox.TestSupport;

/// <summary>The body of <c>PUT /_sandbox/faults</c>: the rules (first match wins) and the seed of the error-rate draws.</summary>
public sealed record FaultConfiguration
{
    public int Seed { get; init; }

    public IReadOnlyList<FaultRule> Rules { get; init; } = [];
}
