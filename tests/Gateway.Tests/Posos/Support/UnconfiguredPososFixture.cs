namespace Gateway.Tests.Posos.Support;

/// <summary>A gateway without Posos credentials: the Posos fields answer <c>UPSTREAM_NOT_CONFIGURED</c>.</summary>
public sealed class UnconfiguredPososFixture : PososFixture
{
    protected override IReadOnlyDictionary<string, string?> Credentials(Uri sandbox) => new Dictionary<string, string?>(StringComparer.Ordinal);
}
