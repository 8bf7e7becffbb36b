namespace Gateway.Eclaire;

/// <summary>
/// ECLAIRE did not answer in time: the per-attempt timeout on the last attempt, the total timeout, the body read
/// timeout, or an HTTP 408. The gateway maps it to <c>UPSTREAM_TIMEOUT</c>. (Cancellation by the caller is reported
/// as <see cref="OperationCanceledException"/>, not as this.)
/// </summary>
public sealed class EclaireTimeoutException : EclaireException
{
    /// <summary>Creates the exception.</summary>
    public EclaireTimeoutException()
        : base("ECLAIRE did not answer in time.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EclaireTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EclaireTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
