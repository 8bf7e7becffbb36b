using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox;

/// <summary>Options of the ECLAIRE stand-in (the FHIR routes <c>/R4/...</c> and <c>/api/statistics</c>).</summary>
public sealed class EclaireSandboxOptions
{
    /// <summary>Which studies are served (default: the generated registry).</summary>
    public EclaireDataSetKind DataSet { get; set; } = EclaireDataSetKind.Generated;

    /// <summary>The seed of the generated data set: the same seed always gives the same studies.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// The size of the generated data set relative to the real registry (1 = 19,053 studies in the real
    /// proportions; 0.01 gives about 190). The verbatim studies are always included.
    /// </summary>
    public double Scale { get; set; } = 1.0;

    /// <summary>
    /// The base the links and <c>fullUrl</c>s start with (the API's <c>ECLAIRE_URL</c>, with a trailing slash).
    /// Null: the request's own scheme, host and path base, so links point back to the sandbox.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A path prefix for the ECLAIRE routes when mounted in another host (default: none, as production).</summary>
    public string PathPrefix { get; set; } = string.Empty;

    /// <summary>The page size when <c>_count</c> is absent (the API's <c>NUMBER_OF_RESOURCES_BY_PAGE</c>, 20 in production).</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Builds the full-text index when the data set is built rather than on the first <c>_text</c> search.</summary>
    public bool BuildTextIndexAtStartup { get; set; }

    /// <summary>Rate limiting as the API's NestJS throttler does it (off by default, like the sandbox's other faults).</summary>
    public EclaireRateLimitOptions RateLimit { get; set; } = new();
}
