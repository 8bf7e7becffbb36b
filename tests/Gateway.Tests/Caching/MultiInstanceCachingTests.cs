using Gateway.Tests.Support;

namespace Gateway.Tests.Caching;

/// <summary>
/// Two gateway instances on one Redis and one ECLAIRE (the sandbox): an answer computed by one is a hit on the other,
/// and different queries needing the same ECLAIRE page share one upstream request.
/// </summary>
public sealed class MultiInstanceCachingTests : IAsyncLifetime
{
    private const string StudyPage = """
        query StudyPage($id: ID!) {
          study(id: $id) { title summary group { inclusionCriteria } sites { name city } organization { name } }
        }
        """;

    private CachingTopology _topology = null!;

    public async Task InitializeAsync() => _topology = await CachingTopology.StartAsync(instances: 2);

    public async Task DisposeAsync() => await _topology.DisposeAsync();

    [Fact]
    public async Task The_same_query_from_two_instances_is_one_upstream_request()
    {
        var id = (await _topology.StudyIdsAsync(1))[0];
        await _topology.Sandbox.ResetRequestsAsync();

        var first = await _topology.QueryAsync(0, StudyPage, new { id });
        var second = await _topology.QueryAsync(1, StudyPage, new { id });
        var upstream = await _topology.Sandbox.GetRequestsAsync();

        Assert.False(first.HasErrors, first.ToString());
        Assert.Equal("MISS", first.XCache);
        Assert.Equal("HIT", second.XCache);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal("public, max-age=3600", second.CacheControl);
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task Different_queries_needing_the_same_upstream_page_share_it_across_instances()
    {
        var id = (await _topology.StudyIdsAsync(1))[0];
        await _topology.Sandbox.ResetRequestsAsync();

        var title = await _topology.QueryAsync(0, "query($id: ID!) { study(id: $id) { title } }", new { id });
        var more = await _topology.QueryAsync(1, "query($id: ID!) { study(id: $id) { title summary phase { display } } }", new { id });
        var upstream = await _topology.Sandbox.GetRequestsAsync();

        Assert.False(title.HasErrors, title.ToString());
        Assert.False(more.HasErrors, more.ToString());
        Assert.Equal("MISS", more.XCache);
        Assert.Equal(title.Data.GetProperty("study").GetProperty("title").GetRawText(), more.Data.GetProperty("study").GetProperty("title").GetRawText());
        Assert.Equal(1, upstream[UpstreamCounts.ReadStudy]);
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task Statistics_are_shared_until_the_next_refresh()
    {
        await _topology.Sandbox.ResetRequestsAsync();

        var first = await _topology.QueryAsync(0, "{ statistics { totalStudies } }");
        var second = await _topology.QueryAsync(1, "{ statistics { totalStudies totalActive } }");

        Assert.False(first.HasErrors, first.ToString());
        Assert.Matches("^public, max-age=[0-9]+$", first.CacheControl!);
        Assert.InRange(int.Parse(first.CacheControl!["public, max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture), 1, 25 * 3600);
        Assert.Equal("MISS", second.XCache);
        Assert.Equal(1, (await _topology.Sandbox.GetRequestsAsync()).Total);
    }
}
