using System.Net;

namespace Gateway.Posos;

/// <summary>
/// Posos (its Identity-Aware Proxy) refused the credentials with 401 or 403, or the token endpoint refused the
/// service account's assertion (<c>invalid_grant</c>, <c>unauthorized_client</c>, ...). Not retried. The gateway maps
/// it to <c>UPSTREAM_UNAUTHORIZED</c>.
/// </summary>
public sealed class PososUnauthorizedException : PososException
{
    /// <summary>Creates the exception.</summary>
    public PososUnauthorizedException()
        : base("Posos refused the credentials.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PososUnauthorizedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PososUnauthorizedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an HTTP status.</summary>
    public PososUnauthorizedException(string message, HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status answered (401, 403, or the token endpoint's 400).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The token endpoint's OAuth error code (e.g. <c>invalid_grant</c>), when it refused the assertion.</summary>
    public string? OAuthError { get; init; }
}
