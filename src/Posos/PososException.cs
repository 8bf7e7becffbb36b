namespace Gateway.Posos;

/// <summary>
/// Base of the failures the Posos client reports. Catch the concrete types to map them to error codes. Messages are
/// safe to log (never a token, a key or a request body); never show <see cref="Exception.InnerException"/> to callers.
/// </summary>
public abstract class PososException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected PososException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    protected PososException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    protected PososException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the failure happened at the token endpoint (getting the ID token), not at Posos.</summary>
    public bool FromTokenEndpoint { get; init; }
}
