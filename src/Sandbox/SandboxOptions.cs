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

    /// <summary>
    /// Prepares the slow parts in the background as soon as the routes are mapped: the ECLAIRE full-text
    /// index (otherwise built by the first <c>_text</c>/<c>_content</c> search) and the Posos drug catalog
    /// (otherwise loaded by the first Posos request). On for the standalone sandbox; off by default so
    /// test hosts do not spend CPU on what they may not use.
    /// </summary>
    public bool WarmUpInBackground { get; set; }

    /// <summary>Where the test-support routes live (default <c>/_sandbox</c>).</summary>
    public string TestSupportPrefix { get; set; } = "/_sandbox";
}
