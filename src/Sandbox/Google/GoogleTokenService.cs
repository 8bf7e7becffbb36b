using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Sandbox.TestSupport;

namespace Gateway.Sandbox.Google;

/// <summary>
/// Google's OAuth token endpoint, reduced to the JWT-bearer grant a service account uses to get an OIDC
/// ID token for an Identity-Aware-Proxy audience: checks the assertion (RS256, against the configured
/// public key when there is one; lifetime at most one hour; not expired), then issues an ID token signed
/// with the sandbox's own key, which the Posos stand-in accepts as Bearer. Counts exchanges.
/// </summary>
internal sealed class GoogleTokenService : IDisposable
{
    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static readonly string[] TokenAudiences = ["https://oauth2.googleapis.com/token", "https://www.googleapis.com/oauth2/v4/token"];
    private readonly GoogleTokenSandboxOptions _options;
    private readonly TimeProvider _time;
    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly RSA? _serviceAccountKey;
    private int _exchanges;
    private int _rejected;

    public GoogleTokenService(GoogleTokenSandboxOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        if (options.ServiceAccountPublicKeyPem is { Length: > 0 } pem)
        {
            _serviceAccountKey = RSA.Create();
            _serviceAccountKey.ImportFromPem(pem);
        }
    }

    public TokenExchangeCount Count => new(Volatile.Read(ref _exchanges), Volatile.Read(ref _rejected));

    public void ResetCount()
    {
        Interlocked.Exchange(ref _exchanges, 0);
        Interlocked.Exchange(ref _rejected, 0);
    }

    /// <summary>Exchanges an assertion: the token response, or an OAuth error.</summary>
    public (TokenResponse? Token, TokenError? Error) Exchange(string? grantType, string? assertion)
    {
        if (grantType != GrantType)
        {
            return Reject("unsupported_grant_type", "Invalid grant_type: " + grantType);
        }

        if (string.IsNullOrEmpty(assertion) || assertion.Split('.') is not { Length: 3 } parts)
        {
            return Reject("invalid_request", "Invalid JWT: could not be parsed.");
        }

        JsonElement header;
        JsonElement claims;
        try
        {
            header = JsonDocument.Parse(Base64Url(parts[0])).RootElement;
            claims = JsonDocument.Parse(Base64Url(parts[1])).RootElement;
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return Reject("invalid_request", "Invalid JWT: could not be parsed.");
        }

        if (Text(header, "alg") != "RS256")
        {
            return Reject("invalid_grant", "Invalid JWT Signature.");
        }

        if (_serviceAccountKey is not null)
        {
            var signature = Base64Url(parts[2]);
            var data = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!_serviceAccountKey.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return Reject("invalid_grant", "Invalid JWT Signature.");
            }
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var issuedAt = Number(claims, "iat");
        var expires = Number(claims, "exp");
        if (issuedAt is null || expires is null || expires <= now || expires - issuedAt > 3600 || issuedAt > now + 300)
        {
            return Reject("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }

        if (!TokenAudiences.Contains(Text(claims, "aud")))
        {
            return Reject("invalid_grant", "Invalid JWT: Failed audience check. The right audience is https://oauth2.googleapis.com/token");
        }

        var issuer = Text(claims, "iss") ?? Text(claims, "sub") ?? "unknown";
        var audience = Text(claims, "target_audience") ?? "sandbox";
        Interlocked.Increment(ref _exchanges);
        return (new TokenResponse(Issue(issuer, audience, now), _options.TokenLifetimeSeconds, "Bearer"), null);
    }

    /// <summary>Whether <paramref name="token"/> is an unexpired ID token this service issued.</summary>
    public bool IsValidIdToken(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            var data = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!_signingKey.VerifyData(data, Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return false;
            }

            var claims = JsonDocument.Parse(Base64Url(parts[1])).RootElement;
            return Number(claims, "exp") > _time.GetUtcNow().ToUnixTimeSeconds();
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _signingKey.Dispose();
        _serviceAccountKey?.Dispose();
    }

    private (TokenResponse?, TokenError?) Reject(string error, string description)
    {
        Interlocked.Increment(ref _rejected);
        return (null, new TokenError(error, description));
    }

    private string Issue(string email, string audience, long now)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>(StringComparer.Ordinal) { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "sandbox" }, GoogleJsonContext.Default.DictionaryStringString));
        var claims = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["aud"] = JsonSerializer.SerializeToElement(audience, GoogleJsonContext.Default.String),
            ["azp"] = JsonSerializer.SerializeToElement(email, GoogleJsonContext.Default.String),
            ["email"] = JsonSerializer.SerializeToElement(email, GoogleJsonContext.Default.String),
            ["email_verified"] = JsonSerializer.SerializeToElement(true, GoogleJsonContext.Default.Boolean),
            ["exp"] = JsonSerializer.SerializeToElement(now + _options.TokenLifetimeSeconds, GoogleJsonContext.Default.Int64),
            ["iat"] = JsonSerializer.SerializeToElement(now, GoogleJsonContext.Default.Int64),
            ["iss"] = JsonSerializer.SerializeToElement("https://accounts.google.com", GoogleJsonContext.Default.String),
            ["sub"] = JsonSerializer.SerializeToElement(email, GoogleJsonContext.Default.String),
        };
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims, GoogleJsonContext.Default.DictionaryStringJsonElement));
        var signature = _signingKey.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt64(out var number) ? number : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch
        {
            2 => "==",
            3 => "=",
            _ => string.Empty,
        };
        return Convert.FromBase64String(padded);
    }
}
