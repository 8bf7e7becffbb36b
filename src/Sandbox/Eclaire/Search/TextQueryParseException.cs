namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>A <c>query_string</c> the Lucene parser rejects (OpenSearch answers "Failed to parse query [...]").</summary>
internal sealed class TextQueryParseException : Exception
{
    public TextQueryParseException()
    {
    }

    public TextQueryParseException(string message)
        : base(message)
    {
    }

    public TextQueryParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
