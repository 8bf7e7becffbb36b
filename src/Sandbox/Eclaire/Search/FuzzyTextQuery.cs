namespace Gateway.Sandbox.Eclaire.Search;

/// <summary><c>term~n</c>: a term within <see cref="MaxEdits"/> edits.</summary>
internal sealed record FuzzyTextQuery(string Text, int MaxEdits) : TextQuery;
