namespace Gateway.Tests.Support;

/// <summary>What <c>GET /_sandbox/requests</c> reports: the total and the count per route.</summary>
public sealed record UpstreamCounts(int Total, IReadOnlyDictionary<string, int> Routes)
{
    public const string Search = "GET /R4/ResearchStudy";
    public const string ReadStudy = "GET /R4/ResearchStudy/{id}";
    public const string ReadGroup = "GET /R4/Group/{id}";
    public const string ReadLocation = "GET /R4/Location/{id}";
    public const string ReadOrganization = "GET /R4/Organization/{id}";
    public const string Statistics = "GET /api/statistics";

    public int this[string route] => Routes.GetValueOrDefault(route);

    public override string ToString() => $"{Total}: " + string.Join(", ", Routes.Select(r => $"{r.Key}={r.Value}"));
}
