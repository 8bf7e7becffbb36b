namespace Gateway.Posos;

/// <summary>
/// Posos (or the token endpoint) did not answer in time: the per-attempt timeout on the last attempt, the total
/// timeout, the body read timeout, or an HTTP 408. The gateway maps it to <c>UPSTREAM_TIMEOUT</c>. (Cancellation by
/// the caller is reported as <see cref="OperationCanceledException"/>, not as this.)
/// </summary>
public sealed class PososTimeoutException : PososException
{
    /// <summary>Creates the exception.</summary>
    public PososTimeoutException()
        : base("Posos did not answer in time.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PososTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PososTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
