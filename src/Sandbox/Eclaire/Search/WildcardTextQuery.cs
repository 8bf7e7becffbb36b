namespace Gateway.Sandbox.Eclaire.Search;

/// <summary><c>a?c*</c>: a term matching the wildcard pattern.</summary>
internal sealed record WildcardTextQuery(string Pattern) : TextQuery;
