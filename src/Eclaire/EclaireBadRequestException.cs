namespace Gateway.Eclaire;

/// <summary>
/// ECLAIRE refused the query (HTTP 400: an OperationOutcome with OpenSearch's reason, or
/// <c>{"error":"Bad Request","message":...}</c> for <c>_count</c> and dates), or the client refused it before sending
/// because ECLAIRE would (page size, offset window, blank id). The gateway maps it to <c>BAD_USER_INPUT</c>;
/// <see cref="Diagnostics"/> is safe to show.
/// </summary>
public sealed class EclaireBadRequestException : EclaireException
{
    /// <summary>Creates the exception.</summary>
    public EclaireBadRequestException()
        : base("ECLAIRE refused the request.")
    {
    }

    /// <summary>Creates the exception with a message (also used as diagnostics).</summary>
    public EclaireBadRequestException(string message)
        : base(message)
    {
        Diagnostics = message;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EclaireBadRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Diagnostics = message;
    }

    /// <summary>ECLAIRE's diagnostics (OperationOutcome <c>issue.diagnostics</c> or the error <c>message</c>), or the client's reason.</summary>
    public string? Diagnostics { get; init; }

    /// <summary>True when ECLAIRE answered 400; false when the client refused the query before sending it.</summary>
    public bool FromUpstream { get; init; }
}
