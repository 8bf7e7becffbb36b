namespace Gateway.Posos.Credentials;

/// <summary>No credentials: every call fails with <see cref="PososNotConfiguredException"/>, naming the settings to set.</summary>
internal sealed class UnconfiguredCredentials : IPososCredentials
{
    public bool IsConfigured => false;

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        ValueTask.FromException<string>(new PososNotConfiguredException());

    public void Reject(string token)
    {
    }
}
