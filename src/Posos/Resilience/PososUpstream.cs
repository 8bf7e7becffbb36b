namespace Gateway.Posos.Resilience;

/// <summary>The two hosts the client calls; each has its own pipelines (and circuit breaker) and its own wording.</summary>
internal enum PososUpstream
{
    /// <summary>Posos's API (GraphQL and autocomplete).</summary>
    Api,

    /// <summary>The OAuth token endpoint that exchanges the service account's assertion for an ID token.</summary>
    TokenEndpoint,
}
