namespace Gateway.Sandbox.Posos.Model;

/// <summary>A code in a terminology (GraphQL <c>Coding</c>).</summary>
internal sealed record CodingResult(string? Code, string? Label, string? Terminology);
