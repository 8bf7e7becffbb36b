using Gateway.TestSupport;
using Gateway.Tests.Support;

namespace Gateway.Tests.Caching;

/// <summary>
/// ECLAIRE failing: an answer past its max age is still served within its grace, marked stale (header and
/// <c>extensions</c>), while background refreshes (spaced) fail; once ECLAIRE answers again a refresh replaces it. The
/// gateway runs on a manual clock: no sleeping for an hour.
/// </summary>
public sealed class StaleIfErrorTests : IAsyncLifetime
{
    private const string Query = "query($id: ID!) { study(id: $id) { title statusLabel } }";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private CachingTopology _topology = null!;

    public async Task InitializeAsync() => _topology = await CachingTopology.StartAsync(
        instances: 1,
        withRedis: false,
        settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            // Retries and the breaker wait on the clock, which only the test moves.
            ["Eclaire:MaxRetryAttempts"] = "0",
            ["Eclaire:CircuitBreaker:Enabled"] = "false",
        },
        clock: _clock);

    public async Task DisposeAsync() => await _topology.DisposeAsync();

    [Fact]
    public async Task When_ECLAIRE_fails_stale_answers_are_served_and_refreshed_when_it_is_back()
    {
        var id = (await _topology.StudyIdsAsync(1))[0];
        var fresh = await _topology.QueryAsync(0, Query, new { id });
        Assert.False(fresh.HasErrors, fresh.ToString());

        await _topology.Sandbox.SetFaultsAsync("""[{ "route": "GET /R4/ResearchStudy/{id}", "statusCode": 500 }]""");
        await _topology.Sandbox.ResetRequestsAsync();
        _clock.Advance(TimeSpan.FromHours(2));

        var stale = await _topology.QueryAsync(0, Query, new { id });
        await Eventually.TrueAsync(() => _topology.Sandbox.GetRequestsAsync().GetAwaiter().GetResult()[UpstreamCounts.ReadStudy] == 1, "the failed background refresh");
        var again = await _topology.QueryAsync(0, Query, new { id });

        Assert.Equal("STALE", stale.XCache);
        Assert.Equal("no-cache", stale.CacheControl);
        Assert.Equal("7200", stale.Age);
        Assert.Equal(CachingTopology.Show(fresh.Data), CachingTopology.Show(stale.Data));
        Assert.False(stale.HasErrors);
        Assert.True(stale.Json.GetProperty("extensions").GetProperty("cacheControl").GetProperty("stale").GetBoolean());
        Assert.Equal("STALE", again.XCache);
        Assert.Equal(CachingTopology.Show(fresh.Data), CachingTopology.Show(again.Data));
        Assert.Equal(1, (await _topology.Sandbox.GetRequestsAsync()).Total);

        // ECLAIRE is back: the next refresh (spaced by 10 s) succeeds and the answer is fresh again.
        await _topology.Sandbox.ClearFaultsAsync();
        _clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal("STALE", (await _topology.QueryAsync(0, Query, new { id })).XCache);
        await Eventually.TrueAsync(() => _topology.QueryAsync(0, Query, new { id }).GetAwaiter().GetResult().XCache == "HIT", "the refreshed answer");
    }

    [Fact]
    public async Task Without_a_cached_answer_the_failure_is_answered_and_not_stored()
    {
        var id = (await _topology.StudyIdsAsync(2))[1];
        await _topology.Sandbox.SetFaultsAsync("""[{ "route": "GET /R4/ResearchStudy/{id}", "statusCode": 500 }]""");

        var failed = await _topology.QueryAsync(0, Query, new { id });
        await _topology.Sandbox.ClearFaultsAsync();
        var next = await _topology.QueryAsync(0, Query, new { id });

        Assert.Contains("UPSTREAM_UNAVAILABLE", failed.Body, StringComparison.Ordinal);
        Assert.Equal("no-store", failed.CacheControl);
        Assert.Equal("MISS", next.XCache);
        Assert.False(next.HasErrors, next.ToString());
    }
}
