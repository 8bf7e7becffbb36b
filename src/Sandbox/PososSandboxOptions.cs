namespace Gateway.Sandbox;

/// <summary>Options of the Posos stand-in (<c>POST /aort/v1/graphql</c>, <c>/aort-api-v3/v1/graphql</c>, autocomplete).</summary>
public sealed class PososSandboxOptions
{
    /// <summary>
    /// The bearer token the API accepts (besides ID tokens issued by the sandbox's Google token endpoint).
    /// A missing or different token gets HTTP 401 with a plain-text body, as Google's Identity-Aware Proxy answers.
    /// </summary>
    public string Token { get; set; } = "sandbox-token";

    /// <summary>A path prefix for the Posos routes when mounted in another host (default: none).</summary>
    public string PathPrefix { get; set; } = string.Empty;

    /// <summary>How many received GraphQL operations are kept for <c>GET /_sandbox/posos/operations</c>.</summary>
    public int RecordedOperations { get; set; } = 200;
}
