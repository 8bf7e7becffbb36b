namespace Gateway.Eclaire;

/// <summary>
/// Base of the failures the ECLAIRE client reports. Catch the concrete types to map them to error codes; never show
/// <see cref="Exception.InnerException"/> to callers.
/// </summary>
public abstract class EclaireException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected EclaireException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    protected EclaireException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    protected EclaireException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
