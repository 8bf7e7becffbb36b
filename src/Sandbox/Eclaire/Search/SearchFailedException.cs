namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>An OpenSearch error during a search: its root-cause reason becomes the OperationOutcome's diagnostics (HTTP 400).</summary>
internal sealed class SearchFailedException : Exception
{
    public SearchFailedException()
    {
    }

    public SearchFailedException(string message)
        : base(message)
    {
    }

    public SearchFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
