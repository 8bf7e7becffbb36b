namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>Clauses combined as Lucene does: all MUST, no MUST_NOT, and at least one SHOULD when there is no MUST.</summary>
internal sealed record BooleanTextQuery(IReadOnlyList<TextClause> Clauses) : TextQuery;
