using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Sandbox.Tests.Posos;

namespace Gateway.Sandbox.Tests.Google;

/// <summary>POST /token: a service account's RS256 assertion exchanged for an ID token that Posos accepts.</summary>
public sealed class GoogleTokenTests : IDisposable
{
    private readonly RSA _serviceAccount = RSA.Create(2048);

    public void Dispose() => _serviceAccount.Dispose();

    private Task<SandboxHost> Host(bool verify = true) => SandboxHost.StartAsync(o =>
    {
        o.Eclaire.DataSet = Gateway.Sandbox.Eclaire.Data.EclaireDataSetKind.TestFixtures;
        o.Google.ServiceAccountPublicKeyPem = verify ? _serviceAccount.ExportSubjectPublicKeyInfoPem() : null;
    });

    private static string Assertion(RSA key, DateTimeOffset issuedAt, TimeSpan lifetime, string audience = "https://oauth2.googleapis.com/token")
    {
        static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Encode(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT","kid":"test"}"""));
        var claims = new JsonObject
        {
            ["iss"] = "gateway@project.iam.gserviceaccount.com",
            ["aud"] = audience,
            ["target_audience"] = "20286154155-852pf0ti456nd81ongbiecmjqgag84q3.apps.googleusercontent.com",
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = (issuedAt + lifetime).ToUnixTimeSeconds(),
        };
        var payload = Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Encode(signature);
    }

    private static async Task<(int Status, JsonNode Body)> Exchange(HttpClient client, string grantType, string assertion)
    {
        using var response = await client.PostAsync("/token", new FormUrlEncodedContent([new("grant_type", grantType), new("assertion", assertion)]));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task A_signed_assertion_gets_an_id_token_that_Posos_accepts()
    {
        await using var host = await Host();

        var (status, body) = await Exchange(host.Client, "urn:ietf:params:oauth:grant-type:jwt-bearer", Assertion(_serviceAccount, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));
        var idToken = body["id_token"]!.GetValue<string>();

        Assert.Equal(200, status);
        Assert.Equal(["id_token", "expires_in", "token_type"], Json.Keys(body));
        Assert.Equal(3600, body["expires_in"]!.GetValue<int>());
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(200, (await PososClient.PostAsync(host.Client, new { query = "{ __typename }" }, idToken)).Status);
        Assert.Equal("""{"exchanges":1,"rejected":0}""", (await Json.GetAsync(host.Client, "/_sandbox/google/exchanges")).Body);

        var claims = JsonDocument.Parse(Convert.FromBase64String(Pad(idToken.Split('.')[1]))).RootElement;
        Assert.Equal("20286154155-852pf0ti456nd81ongbiecmjqgag84q3.apps.googleusercontent.com", claims.GetProperty("aud").GetString());
        Assert.Equal("gateway@project.iam.gserviceaccount.com", claims.GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_assertion_signed_by_another_key_is_refused()
    {
        await using var host = await Host();
        using var other = RSA.Create(2048);

        var (status, body) = await Exchange(host.Client, "urn:ietf:params:oauth:grant-type:jwt-bearer", Assertion(other, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));

        Assert.Equal(400, status);
        Assert.Equal("""{"error":"invalid_grant","error_description":"Invalid JWT Signature."}""", body.ToJsonString());
    }

    [Fact]
    public async Task Without_a_configured_key_any_well_formed_assertion_is_accepted()
    {
        await using var host = await Host(verify: false);
        using var other = RSA.Create(2048);

        Assert.Equal(200, (await Exchange(host.Client, "urn:ietf:params:oauth:grant-type:jwt-bearer", Assertion(other, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)))).Status);
    }

    [Fact]
    public async Task Expired_long_lived_and_misaddressed_assertions_are_refused()
    {
        await using var host = await Host();
        const string grant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

        Assert.Equal(400, (await Exchange(host.Client, grant, Assertion(_serviceAccount, DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1)))).Status);
        Assert.Equal(400, (await Exchange(host.Client, grant, Assertion(_serviceAccount, DateTimeOffset.UtcNow, TimeSpan.FromHours(3)))).Status);
        Assert.Equal(400, (await Exchange(host.Client, grant, Assertion(_serviceAccount, DateTimeOffset.UtcNow, TimeSpan.FromHours(1), "https://example.org"))).Status);
        Assert.Equal("""{"exchanges":0,"rejected":3}""", (await Json.GetAsync(host.Client, "/_sandbox/google/exchanges")).Body);
    }

    [Fact]
    public async Task Other_grant_types_are_unsupported()
    {
        await using var host = await Host();

        var (status, body) = await Exchange(host.Client, "client_credentials", "x");

        Assert.Equal(400, status);
        Assert.Equal("unsupported_grant_type", body["error"]!.GetValue<string>());
    }

    private static string Pad(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return padded + new string('=', (4 - (padded.Length % 4)) % 4);
    }
}
