using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Posos.Credentials;

/// <summary>
/// The JWT a service account signs to ask Google's token endpoint for an ID token (RFC 7523 JWT-bearer grant with
/// Google's <c>target_audience</c> claim): header <c>{"alg":"RS256","typ":"JWT","kid":private_key_id}</c>, claims
/// <c>iss</c> = <c>sub</c> = the account's email, <c>aud</c> = the token endpoint, <c>target_audience</c> = the IAP
/// audience, <c>iat</c> and <c>exp</c> = <c>iat</c> + 1 h; RS256 signature (RSASSA-PKCS1-v1_5 with SHA-256).
/// </summary>
internal static class ServiceAccountAssertion
{
    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>The longest lifetime Google accepts for an assertion.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string Create(string clientEmail, string? keyId, RSA key, string tokenAudience, string targetAudience, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var header = Segment(writer =>
        {
            writer.WriteString("alg", "RS256");
            writer.WriteString("typ", "JWT");
            if (keyId is not null)
            {
                writer.WriteString("kid", keyId);
            }
        });
        var issuedAt = now.ToUnixTimeSeconds();
        var claims = Segment(writer =>
        {
            writer.WriteString("iss", clientEmail);
            writer.WriteString("sub", clientEmail);
            writer.WriteString("aud", tokenAudience);
            writer.WriteString("target_audience", targetAudience);
            writer.WriteNumber("iat", issuedAt);
            writer.WriteNumber("exp", issuedAt + (long)Lifetime.TotalSeconds);
        });

        var signingInput = header + "." + claims;
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static string Segment(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }
}
