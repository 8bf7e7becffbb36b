namespace Gateway.Sandbox;

/// <summary>
/// Options of the whole sandbox: the ECLAIRE and Posos stand-ins, Google's token endpoint, and the
/// test-support routes (request counters, fault injection, recorded Posos operations).
/// </summary>
public sealed class SandboxOptions
{
    public EclaireSandboxOptions Eclaire { get; set; } = new();

    public PososSandboxOptions Posos { get; set; } = new();

    public GoogleTokenSandboxOptions Google { get; set; } = new();

    /// <summary>Where the test-support routes live (default <c>/_sandbox</c>).</summary>
    public string TestSupportPrefix { get; set; } = "/_sandbox";
}
