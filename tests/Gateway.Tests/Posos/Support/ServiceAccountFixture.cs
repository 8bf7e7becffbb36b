using Gateway.Sandbox;
using Gateway.TestSupport;

namespace Gateway.Tests.Posos.Support;

/// <summary>
/// A gateway with a Google service-account key made for the test run: the sandbox's token endpoint checks its assertions
/// with the key's public half and issues ID tokens for 120 s, which the gateway replaces 30 s before they expire. The
/// gateway's clock is manual (started at the real time, so the sandbox accepts the assertions), so a test moves past the
/// refresh without waiting.
/// </summary>
public sealed class ServiceAccountFixture : PososFixture, IDisposable
{
    private readonly TestServiceAccount _account = new();

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The key file's private key (PEM): it must never appear in a response or a log.</summary>
    public string PrivateKeyPem => _account.PrivateKeyPem;

    protected override TimeProvider? ClockOverride => Clock;

    protected override void ConfigureSandbox(SandboxOptions options)
    {
        options.Google.ServiceAccountPublicKeyPem = _account.PublicKeyPem;
        options.Google.TokenLifetimeSeconds = 120;
    }

    protected override IReadOnlyDictionary<string, string?> Credentials(Uri sandbox) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Posos:ServiceAccountKeyJson"] = _account.KeyJson(),
        ["Posos:TokenEndpoint"] = new Uri(sandbox, "token").ToString(),
        ["Posos:TokenRefreshSkew"] = "00:00:30",
    };

    public void Dispose() => _account.Dispose();
}
