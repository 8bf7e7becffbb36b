using System.Net;

namespace Gateway.Posos;

/// <summary>
/// Posos (or the token endpoint) could not serve the request: a 5xx (after retries), a connection failure, an
/// unreadable response, an unexpected status, or the circuit breaker is open. The gateway maps it to
/// <c>UPSTREAM_UNAVAILABLE</c>.
/// </summary>
public sealed class PososUnavailableException : PososException
{
    /// <summary>Creates the exception.</summary>
    public PososUnavailableException()
        : base("Posos is unavailable.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PososUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PososUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an HTTP status.</summary>
    public PososUnavailableException(string message, HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status answered, when there was an answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>True when the circuit breaker refused the call without sending it.</summary>
    public bool CircuitOpen { get; init; }
}
