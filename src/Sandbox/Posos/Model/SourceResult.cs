namespace Gateway.Sandbox.Posos.Model;

/// <summary>Where an alert comes from (GraphQL <c>Source</c>).</summary>
internal sealed record SourceResult(string? Url, string? Author);
