namespace Gateway.Tests.Robustness;

/// <summary>A generated operation: its document, its variables (JSON, or null) and the patient's values in it.</summary>
public sealed record GeneratedOperation(string Query, string? VariablesJson, IReadOnlyList<string> Sensitive, string Description);
