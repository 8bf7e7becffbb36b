namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>One sort field of a search and its direction.</summary>
internal sealed record SortKey(string Field, bool Descending);
