using Gateway.Sandbox;

namespace Gateway.Tests.Posos.Support;

/// <summary>A gateway whose service-account key the token endpoint refuses (it checks assertions with another key).</summary>
public sealed class RefusedKeyFixture : PososFixture, IDisposable
{
    private readonly TestServiceAccount _account = new();
    private readonly TestServiceAccount _other = new();

    protected override void ConfigureSandbox(SandboxOptions options) => options.Google.ServiceAccountPublicKeyPem = _other.PublicKeyPem;

    protected override IReadOnlyDictionary<string, string?> Credentials(Uri sandbox) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Posos:ServiceAccountKeyJson"] = _account.KeyJson(),
        ["Posos:TokenEndpoint"] = new Uri(sandbox, "token").ToString(),
    };

    public void Dispose()
    {
        _account.Dispose();
        _other.Dispose();
    }
}
