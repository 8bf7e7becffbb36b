namespace Gateway.Sandbox;

/// <summary>
/// Options of the stand-in for Google's OAuth token endpoint (<c>POST /token</c>, JWT-bearer grant), which
/// exchanges a service account's signed assertion for the ID token Posos's proxy expects.
/// </summary>
public sealed class GoogleTokenSandboxOptions
{
    /// <summary>A path prefix for <c>/token</c> when mounted in another host (default: none).</summary>
    public string PathPrefix { get; set; } = string.Empty;

    /// <summary>
    /// The service account's public key (PEM, RSA). When set, assertions must be RS256-signed with the
    /// matching private key; when null, any well-formed, unexpired assertion is accepted.
    /// </summary>
    public string? ServiceAccountPublicKeyPem { get; set; }

    /// <summary>Lifetime of the issued ID tokens, in seconds (Google: one hour).</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;
}
