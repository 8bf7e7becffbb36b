namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>How a clause of a boolean query counts (Lucene's <c>Occur</c>).</summary>
internal enum Occur
{
    Must,
    Should,
    MustNot,
}
