namespace Gateway.GraphQL.Execution;

/// <summary>How operations execute.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// When true, the message of an exception thrown by a resolver is returned to the client (for
    /// Development). Otherwise the client sees <see cref="HiddenErrorMessage"/> and the code
    /// INTERNAL_SERVER_ERROR; the exception goes to <see cref="OnResolverException"/>.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>The message of a resolver exception when details are hidden.</summary>
    public string HiddenErrorMessage { get; init; } = "Unexpected Execution Error";

    /// <summary>Called with every unexpected resolver exception and the field's response path (for logging).</summary>
    public Action<Exception, IReadOnlyList<object>>? OnResolverException { get; init; }

    /// <summary>Most field errors reported in one response; further ones are dropped (default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// When true, errors about invalid variable and argument values do not repeat the value (nor a scalar's
    /// message, which quotes it): for endpoints whose inputs are personal or health data. Default false (graphql-js's messages).
    /// </summary>
    public bool RedactInputValues { get; init; }

    /// <summary>How the response's <see cref="ExecutionResult.CachePolicy"/> is worked out from the fields it touches.</summary>
    public CacheControl.CacheControlOptions CacheControl { get; init; } = Gateway.GraphQL.CacheControl.CacheControlOptions.Default;
}
