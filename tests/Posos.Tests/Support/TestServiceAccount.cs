using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Posos.Tests.Support;

/// <summary>
/// A service account made for one test: a fresh RSA key, its key file JSON as Google issues it, and the means to check
/// the assertions the client signs. Also mints ID tokens as the token endpoint would.
/// </summary>
internal sealed class TestServiceAccount : IDisposable
{
    public const string Email = "gateway@posos-test.iam.gserviceaccount.com";
    public const string KeyId = "0123456789abcdef0123456789abcdef01234567";

    private readonly RSA _key = RSA.Create(2048);

    public string PrivateKeyPem => _key.ExportPkcs8PrivateKeyPem();

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The key file. <paramref name="tokenUri"/> null leaves <c>token_uri</c> out.</summary>
    public string KeyJson(string? tokenUri = "https://oauth2.googleapis.com/token")
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "service_account");
            writer.WriteString("project_id", "posos-test");
            writer.WriteString("private_key_id", KeyId);
            writer.WriteString("private_key", PrivateKeyPem);
            writer.WriteString("client_email", Email);
            writer.WriteString("client_id", "104242424242424242424");
            writer.WriteString("auth_uri", "https://accounts.google.com/o/oauth2/auth");
            if (tokenUri is not null)
            {
                writer.WriteString("token_uri", tokenUri);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the key file to a temporary path (deleted with the test's temp directory).</summary>
    public string WriteKeyFile(string? tokenUri = "https://oauth2.googleapis.com/token")
    {
        var path = Path.Combine(Path.GetTempPath(), "posos-tests-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, KeyJson(tokenUri));
        return path;
    }

    /// <summary>True when <paramref name="jwt"/> carries a valid RS256 signature by this account's key.</summary>
    public bool IsSignedByAccount(string jwt)
    {
        var parts = jwt.Split('.');
        return parts.Length == 3
            && _key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>An ID token shaped as Google's endpoint mints it, expiring at <paramref name="expires"/> (the client never checks its signature).</summary>
    public static string IdToken(string audience, DateTimeOffset expires, int serial)
    {
        var header = Segment("""{"alg":"RS256","kid":"google-1","typ":"JWT"}""");
        var payload = Segment($$"""{"aud":"{{audience}}","email":"{{Email}}","exp":{{expires.ToUnixTimeSeconds()}},"iat":{{expires.AddHours(-1).ToUnixTimeSeconds()}},"iss":"https://accounts.google.com","sub":"{{serial}}"}""");
        return header + "." + payload + "." + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(256));
    }

    public static JsonElement Part(string jwt, int index) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[index])).RootElement.Clone();

    public void Dispose() => _key.Dispose();

    private static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
