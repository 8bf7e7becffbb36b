namespace Gateway.GraphQL.Validation;

/// <summary>Stops a validation early (error limit reached, or a work budget spent); caught by <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The error to add to the list, if any (the error-limit abort has already added its own).</summary>
    public GraphQLError? Error { get; init; }
}
