namespace Gateway.Sandbox.Eclaire.Search;

/// <summary><c>*</c> or <c>*:*</c>: every study (or every study having the field).</summary>
internal sealed record MatchAllTextQuery : TextQuery;
