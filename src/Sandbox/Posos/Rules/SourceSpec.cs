namespace Gateway.Sandbox.Posos.Rules;

/// <summary>Where a rule comes from.</summary>
internal sealed record SourceSpec(string Author, string? Url);
