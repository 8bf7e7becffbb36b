namespace Gateway.Sandbox.TestSupport;

/// <summary>
/// One fault to inject. It applies to the requests of <see cref="Upstream"/> (all when null) on
/// <see cref="Route"/> (<c>"GET /R4/ResearchStudy"</c>, as in the request counters; all when null or
/// <c>"*"</c>). Every matching request waits <see cref="LatencyMs"/>; then, with probability
/// <see cref="ErrorRate"/> (1 or absent = always, 0 = never, drawn from the configuration's seeded generator), it
/// fails: the connection is dropped (<see cref="DropConnection"/>), or the status code
/// <see cref="StatusCode"/> is returned, or the real answer's body is corrupted (<see cref="MalformedBody"/>:
/// <c>truncated</c>, <c>garbage</c> or <c>html</c>), in that order of precedence.
/// </summary>
public sealed record FaultRule
{
    public string? Upstream { get; init; }

    public string? Route { get; init; }

    public int LatencyMs { get; init; }

    /// <summary>The probability that a matching request fails, from 0 to 1; null (absent) means 1.</summary>
    public double? ErrorRate { get; init; }

    public int? StatusCode { get; init; }

    public string? MalformedBody { get; init; }

    public bool DropConnection { get; init; }

    /// <summary>Whether a failure (not only latency) is configured.</summary>
    public bool HasFailure => DropConnection || StatusCode is not null || MalformedBody is not null;
}
