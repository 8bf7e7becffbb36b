namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>Which studies the ECLAIRE sandbox serves.</summary>
public enum EclaireDataSetKind
{
    /// <summary>
    /// The generated registry: by default 19,053 studies in the real proportions (scaled by
    /// <see cref="EclaireSandboxOptions.Scale"/>), with the snapshot and IG example studies verbatim.
    /// </summary>
    Generated,

    /// <summary>
    /// Exactly the index of the real API's own e2e tests (two CTIS studies), to replay its test
    /// snapshots byte for byte.
    /// </summary>
    TestFixtures,
}
