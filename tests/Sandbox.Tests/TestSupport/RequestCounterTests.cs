namespace Gateway.Sandbox.Tests.TestSupport;

/// <summary>GET/DELETE /_sandbox/requests: totals per upstream and per route since the last reset.</summary>
public sealed class RequestCounterTests
{
    [Fact]
    public async Task Requests_are_counted_per_route_and_reset()
    {
        await using var host = await SandboxHost.StartE2eIndexAsync();
        await host.Client.GetAsync("/R4/ResearchStudy?_count=1");
        await host.Client.GetAsync("/R4/ResearchStudy");
        await host.Client.GetAsync("/R4/ResearchStudy/2022-500014-26-00");
        await host.Client.GetAsync("/R4/Organization/ctis");
        await host.Client.GetAsync("/autocomplete-api/autocomplete?query=x");
        await host.Client.PostAsync("/token", new FormUrlEncodedContent([]));

        var (_, _, body) = await Json.GetAsync(host.Client, "/_sandbox/requests");

        Assert.Equal(
            """{"total":6,"upstreams":{"eclaire":4,"google":1,"posos":1},"routes":{"GET /R4/Organization/{id}":1,"GET /R4/ResearchStudy":2,"GET /R4/ResearchStudy/{id}":1,"GET /autocomplete-api/autocomplete":1,"POST /token":1}}""",
            body);

        using var reset = await host.Client.DeleteAsync("/_sandbox/requests");
        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Equal("""{"total":0,"upstreams":{},"routes":{}}""", (await Json.GetAsync(host.Client, "/_sandbox/requests")).Body);
    }
}
