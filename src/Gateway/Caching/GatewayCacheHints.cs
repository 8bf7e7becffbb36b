using Gateway.GraphQL.CacheControl;

namespace Gateway.Caching;

/// <summary>
/// How long the gateway keeps what comes from its upstreams, in one place: the <c>[CacheControl]</c> attributes of the
/// ECLAIRE types, the <c>statistics</c> field's run-time hint and the upstream cache of ECLAIRE's GETs all read it.
/// </summary>
internal static class GatewayCacheHints
{
    /// <summary>Studies and their parts (groups, sites, organisations, pages of results): an hour.</summary>
    public const int StudyMaxAge = 3600;

    /// <summary>The namespace of the Posos area of the schema: every type and field declared there is PRIVATE.</summary>
    public const string PososNamespace = "Gateway.Api.Posos";

    /// <summary>
    /// The namespace of <c>Study.eligibility(patient:)</c> and its types: the patient's data shapes the answer, so
    /// they are PRIVATE like Posos's, and any response that includes them is.
    /// </summary>
    public const string EligibilityNamespace = "Gateway.Api.Eligibility";

    /// <summary>
    /// Posos results (drug-safety alerts for a patient): private to the caller, reusable for 5 minutes by the caller's
    /// own cache; the shared cache never keeps them unless <c>GraphQL:ResponseCache:CachePrivate</c> is on.
    /// </summary>
    public static CacheHint Posos { get; } = CacheHint.Private(300);
}
