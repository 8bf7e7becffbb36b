namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>A parsed <c>query_string</c> query (Lucene classic syntax), as <c>_text</c>/<c>_content</c> give it.</summary>
internal abstract record TextQuery
{
    /// <summary>The field the query is restricted to, or null for every field.</summary>
    public string? Field { get; init; }
}
