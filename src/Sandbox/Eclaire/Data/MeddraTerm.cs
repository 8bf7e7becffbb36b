namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>A MedDRA code with its French label.</summary>
internal sealed record MeddraTerm(string Code, string Label);
