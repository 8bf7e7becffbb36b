using System.Net;

namespace Gateway.Posos;

/// <summary>
/// Posos refused the request as invalid (HTTP 400 or 422 without a GraphQL error list: the autocomplete's parameter
/// validation, for instance), or the client refused it before sending (blank autocomplete query, <c>k</c> out of
/// range). Not retried. The gateway maps it to <c>BAD_USER_INPUT</c>; <see cref="Diagnostics"/> is safe to show.
/// </summary>
public sealed class PososBadRequestException : PososException
{
    /// <summary>Creates the exception.</summary>
    public PososBadRequestException()
        : base("Posos refused the request.")
    {
    }

    /// <summary>Creates the exception with a message (also used as diagnostics).</summary>
    public PososBadRequestException(string message)
        : base(message)
    {
        Diagnostics = message;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PososBadRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Diagnostics = message;
    }

    /// <summary>Posos's reason (e.g. <c>k: value is not a valid integer</c>), or the client's; null when Posos gave none.</summary>
    public string? Diagnostics { get; init; }

    /// <summary>The HTTP status Posos answered; null when the client refused the request before sending it.</summary>
    public HttpStatusCode? StatusCode { get; init; }
}
