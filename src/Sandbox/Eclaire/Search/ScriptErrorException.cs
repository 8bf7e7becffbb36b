namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>A JavaScript TypeError in the API's own code (for instance on a repeated parameter): HTTP 500.</summary>
internal sealed class ScriptErrorException : Exception
{
    public ScriptErrorException()
    {
    }

    public ScriptErrorException(string message)
        : base(message)
    {
    }

    public ScriptErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
