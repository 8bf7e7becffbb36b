namespace Gateway.Sandbox.Posos.Rules;

/// <summary>A warning of a rule: the risk, what to do, and what qualifies it (severity, chronology...; none when left out).</summary>
internal sealed record WarningSpec(string Risk, IReadOnlyList<string> Guidelines, IReadOnlyList<string>? Modifiers);
