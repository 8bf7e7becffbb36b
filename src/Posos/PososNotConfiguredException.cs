namespace Gateway.Posos;

/// <summary>
/// No Posos credentials are configured (neither <c>Posos__Token</c> nor <c>Posos__ServiceAccountKeyFile</c> /
/// <c>Posos__ServiceAccountKeyJson</c>), so no call is sent. The rest of the gateway works; the fields that need Posos
/// fail with this. The gateway maps it to <c>UPSTREAM_NOT_CONFIGURED</c>.
/// </summary>
public sealed class PososNotConfiguredException : PososException
{
    /// <summary>The message, naming the settings to set.</summary>
    public const string DefaultMessage =
        "Posos is not configured: set Posos__Token (a bearer token) or Posos__ServiceAccountKeyFile "
        + "(or Posos__ServiceAccountKeyJson: the Google service-account key Posos issued), and Posos__BaseUrl.";

    /// <summary>Creates the exception with <see cref="DefaultMessage"/>.</summary>
    public PososNotConfiguredException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PososNotConfiguredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PososNotConfiguredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
