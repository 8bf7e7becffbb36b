namespace Gateway.Sandbox.Eclaire.Search;

/// <summary><c>/regex/</c>: a term matching the regular expression.</summary>
internal sealed record RegexpTextQuery(string Pattern) : TextQuery;
