using System.Collections.Concurrent;

namespace Gateway.Sandbox.TestSupport;

/// <summary>Counts the requests each sandbox route received since the last reset (thread-safe).</summary>
internal sealed class RequestCounter
{
    private readonly ConcurrentDictionary<(string Upstream, string Route), int> _counts = new();

    public void Increment(string upstream, string route) => _counts.AddOrUpdate((upstream, route), 1, static (_, count) => count + 1);

    public void Reset() => _counts.Clear();

    public RequestCounts Snapshot()
    {
        var entries = _counts.ToArray();
        var routes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var upstreams = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((upstream, route), count) in entries)
        {
            routes[route] = routes.GetValueOrDefault(route) + count;
            upstreams[upstream] = upstreams.GetValueOrDefault(upstream) + count;
        }

        return new RequestCounts(entries.Sum(e => e.Value), upstreams, routes);
    }
}
