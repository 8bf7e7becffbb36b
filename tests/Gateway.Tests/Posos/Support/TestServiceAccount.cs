using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Tests.Posos.Support;

/// <summary>A Google service account made for one test run: a fresh RSA key and its key file as Google issues it.</summary>
public sealed class TestServiceAccount : IDisposable
{
    public const string Email = "gateway@posos-test.iam.gserviceaccount.com";

    private readonly RSA _key = RSA.Create(2048);

    public string PrivateKeyPem => _key.ExportPkcs8PrivateKeyPem();

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The key file (<c>token_uri</c> Google's: the assertion's audience; the gateway posts it to its configured endpoint).</summary>
    public string KeyJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "service_account");
            writer.WriteString("project_id", "posos-test");
            writer.WriteString("private_key_id", "0123456789abcdef0123456789abcdef01234567");
            writer.WriteString("private_key", PrivateKeyPem);
            writer.WriteString("client_email", Email);
            writer.WriteString("client_id", "104242424242424242424");
            writer.WriteString("token_uri", "https://oauth2.googleapis.com/token");
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Dispose() => _key.Dispose();
}
