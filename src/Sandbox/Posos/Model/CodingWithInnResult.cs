namespace Gateway.Sandbox.Posos.Model;

/// <summary>A drug code with its INN (GraphQL <c>CodingWithInn</c>).</summary>
internal sealed record CodingWithInnResult(string? Code, string? Label, string? Terminology, string? Inn);
