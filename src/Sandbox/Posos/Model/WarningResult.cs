namespace Gateway.Sandbox.Posos.Model;

/// <summary>A warning of an alert (GraphQL <c>Warning</c>).</summary>
internal sealed record WarningResult(string? Risk, IReadOnlyList<string> Guidelines, IReadOnlyList<string> Modifiers);
