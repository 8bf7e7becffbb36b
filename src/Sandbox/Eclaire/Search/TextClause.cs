namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>One clause of a <see cref="BooleanTextQuery"/>.</summary>
internal sealed record TextClause(Occur Occur, TextQuery Query);
