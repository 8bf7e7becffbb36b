namespace Gateway.Posos.Credentials;

/// <summary>A bearer token given in the configuration (<c>Posos:Token</c>), sent as is.</summary>
internal sealed class StaticTokenCredentials : IPososCredentials
{
    private readonly string _token;

    public StaticTokenCredentials(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token.Trim();
    }

    public bool IsConfigured => true;

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_token);
    }

    // Nothing to refresh: the next call sends the same token and gets the same answer.
    public void Reject(string token)
    {
    }

    public override string ToString() => "StaticTokenCredentials";
}
