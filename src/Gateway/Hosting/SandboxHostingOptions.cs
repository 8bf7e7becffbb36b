namespace Gateway.Hosting;

/// <summary>
/// Whether the gateway mounts the sandbox (<c>src/Sandbox</c>) in-process and calls it instead of the real ECLAIRE,
/// bound from the section <c>Sandbox</c> (the rest of the section configures the sandbox itself: data set scale,
/// path prefixes, background warm-up). <c>appsettings.Development.json</c> turns it on; an explicit
/// <c>Eclaire:BaseUrl</c> (e.g. <c>Eclaire__BaseUrl=https://eclaire-api.sante.gouv.fr/</c>) always wins and turns it off.
/// </summary>
internal sealed class SandboxHostingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>Mount the sandbox and point the ECLAIRE client at it (unless <c>Eclaire:BaseUrl</c> is set). Default false.</summary>
    public bool Enabled { get; set; }
}
