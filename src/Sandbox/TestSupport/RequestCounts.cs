namespace Gateway.Sandbox.TestSupport;

/// <summary>The body of <c>GET /_sandbox/requests</c>: total, per upstream and per route (<c>"GET /R4/ResearchStudy"</c>...).</summary>
public sealed record RequestCounts(int Total, IReadOnlyDictionary<string, int> Upstreams, IReadOnlyDictionary<string, int> Routes);
