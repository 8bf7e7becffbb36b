using System.Diagnostics;
using System.Globalization;

namespace Gateway.Tests.Caching;

/// <summary>
/// ECLAIRE's budget is one token bucket in Redis for all instances: two gateways with a budget of 20 a minute (a burst
/// of 10, then one every 6 s) let about 10 requests through together, not 10 each.
/// </summary>
public sealed class SharedBudgetTests : IAsyncLifetime
{
    private CachingTopology _topology = null!;

    public async Task InitializeAsync() => _topology = await CachingTopology.StartAsync(instances: 2, settings: new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        // Caches off: each query needs its own ECLAIRE request.
        ["GraphQL:ResponseCache:Enabled"] = "false",
        ["Caching:Upstream:Enabled"] = "false",
        ["Eclaire:RateLimit:PermitsPerMinute"] = "20",
        ["Eclaire:RateLimit:MaxQueueWait"] = "00:00:00",
        ["Eclaire:MaxRetryAttempts"] = "0",
    });

    public async Task DisposeAsync() => await _topology.DisposeAsync();

    [Fact]
    public async Task Two_instances_share_one_budget()
    {
        var ids = await _topology.StudyIdsAsync(30);
        await _topology.Sandbox.ResetRequestsAsync();
        var clock = Stopwatch.StartNew();

        var results = new List<(int Instance, CachedQueryResult Result)>();
        for (var i = 0; i < ids.Count; i++)
        {
            results.Add((i % 2, await _topology.QueryAsync(i % 2, "query($id: ID!) { study(id: $id) { title } }", new { id = ids[i] })));
        }

        var elapsed = clock.Elapsed;
        var upstream = await _topology.Sandbox.GetRequestsAsync();
        var answered = results.Count(r => !r.Result.HasErrors);
        var limited = results.Where(r => r.Result.HasErrors).ToList();

        // The burst (10), plus what refilled meanwhile (one every 6 s, on Redis's clock, which no test can stop), for both
        // instances together: a bound that holds however long the machine took. With a budget each, the instances would
        // have let through at least 10 each, more than this bound unless the 30 queries took most of a minute.
        var allowed = 10 + (int)Math.Ceiling(elapsed.TotalSeconds / 6) + 1;
        Assert.True(upstream.Total >= 10, string.Create(CultureInfo.InvariantCulture, $"{upstream.Total} ECLAIRE requests: the burst of 10 was not let through."));
        Assert.True(
            upstream.Total <= allowed,
            string.Create(CultureInfo.InvariantCulture, $"{upstream.Total} ECLAIRE requests in {elapsed.TotalSeconds:F1} s, more than the {allowed} one shared budget allows: each instance had a budget of its own?"));
        Assert.Equal(upstream.Total, answered);
        Assert.All(limited, r => Assert.Contains("UPSTREAM_RATE_LIMITED", r.Result.Body, StringComparison.Ordinal));
        Assert.Contains(limited, r => r.Instance == 0);
        Assert.Contains(limited, r => r.Instance == 1);
    }
}
