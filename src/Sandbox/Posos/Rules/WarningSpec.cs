namespace Gateway.Sandbox.Posos.Rules;

/// <summary>A warning of a rule: the risk and what to do.</summary>
internal sealed record WarningSpec(string Risk, IReadOnlyList<string> Guidelines);
