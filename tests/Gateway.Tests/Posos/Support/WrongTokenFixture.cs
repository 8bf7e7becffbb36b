namespace Gateway.Tests.Posos.Support;

/// <summary>A gateway whose static token Posos refuses (401).</summary>
public sealed class WrongTokenFixture : PososFixture
{
    /// <summary>The token configured: it must never appear in a response or a log.</summary>
    public const string WrongToken = "wrong-token-Qx7R2mB9";

    protected override IReadOnlyDictionary<string, string?> Credentials(Uri sandbox) =>
        new Dictionary<string, string?>(StringComparer.Ordinal) { ["Posos:Token"] = WrongToken };
}
