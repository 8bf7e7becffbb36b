namespace Gateway.Posos.Credentials;

/// <summary>An ID token, when it expires, and from when it is replaced. A class, not a record: nothing prints the token.</summary>
internal sealed class CachedIdToken
{
    public CachedIdToken(string token, DateTimeOffset expiresAt, DateTimeOffset refreshAt)
    {
        Token = token;
        ExpiresAt = expiresAt;
        RefreshAt = refreshAt;
    }

    public string Token { get; }

    public DateTimeOffset ExpiresAt { get; }

    public DateTimeOffset RefreshAt { get; }
}
