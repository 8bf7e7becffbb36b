namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>A bare word: analyzed, then any of its tokens (the default operator is OR).</summary>
internal sealed record TermTextQuery(string Text) : TextQuery;
