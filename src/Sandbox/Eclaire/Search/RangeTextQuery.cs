namespace Gateway.Sandbox.Eclaire.Search;

/// <summary><c>[a TO b]</c>, <c>{a TO b}</c>: a term (or date) in the range; null bounds are open.</summary>
internal sealed record RangeTextQuery(string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper) : TextQuery;
