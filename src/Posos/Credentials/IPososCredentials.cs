namespace Gateway.Posos.Credentials;

/// <summary>
/// Where the bearer token sent to Posos comes from. <c>AddPososClient</c> registers one from the options: a static
/// token (<c>Posos:Token</c>), a Google service-account key exchanged for an ID token (<c>Posos:ServiceAccountKeyFile</c>
/// or <c>Posos:ServiceAccountKeyJson</c>), or none (every call fails with <see cref="PososNotConfiguredException"/>).
/// Register another implementation before <c>AddPososClient</c> to replace it.
/// </summary>
public interface IPososCredentials
{
    /// <summary>False when no credentials are configured: calls will fail with <see cref="PososNotConfiguredException"/>.</summary>
    bool IsConfigured { get; }

    /// <summary>The bearer token to send now (cached; refreshed once for all concurrent callers when it is about to expire).</summary>
    /// <exception cref="PososNotConfiguredException">No credentials are configured.</exception>
    /// <exception cref="PososUnauthorizedException">The token endpoint refused the service account's assertion.</exception>
    /// <exception cref="PososUnavailableException">The token endpoint failed or sent an unusable answer.</exception>
    /// <exception cref="PososTimeoutException">The token endpoint did not answer in time.</exception>
    /// <exception cref="PososRateLimitedException">The token endpoint answered 429.</exception>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Posos refused <paramref name="token"/> (401): a cached token equal to it is dropped, so the next call gets a new one.</summary>
    void Reject(string token);
}
