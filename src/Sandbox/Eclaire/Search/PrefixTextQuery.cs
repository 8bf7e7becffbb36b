namespace Gateway.Sandbox.Eclaire.Search;

/// <summary><c>abc*</c>: a term starting with the (lower-cased, not analyzed) prefix.</summary>
internal sealed record PrefixTextQuery(string Prefix) : TextQuery;
