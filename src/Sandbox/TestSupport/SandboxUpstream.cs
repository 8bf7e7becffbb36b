namespace Gateway.Sandbox.TestSupport;

/// <summary>The upstream services the sandbox stands in for, as named in counters and fault rules.</summary>
internal static class SandboxUpstream
{
    public const string Eclaire = "eclaire";
    public const string Posos = "posos";
    public const string Google = "google";
}
