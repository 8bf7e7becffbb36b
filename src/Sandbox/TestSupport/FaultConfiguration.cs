namespace Gateway.Sandbox.TestSupport;

/// <summary>The body of <c>PUT /_sandbox/faults</c>: the rules (first match wins) and the seed of the error-rate draws.</summary>
public sealed record FaultConfiguration
{
    public int Seed { get; init; }

    /// <summary>The rules, first match wins; null (absent) means none.</summary>
    public IReadOnlyList<FaultRule>? Rules { get; init; }
}
