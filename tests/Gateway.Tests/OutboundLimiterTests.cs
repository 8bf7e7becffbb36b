using System.Net;
using System.Text.Json;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// The outbound budget holds under load: 200 client queries at once, each needing its own ECLAIRE call, make at most
/// the budget's calls within the minute (counted by the sandbox); the others answer at once with
/// <c>UPSTREAM_RATE_LIMITED</c>, never a 500. The gateway's clock is manual (<see cref="LimitedBudgetFixture"/>): the
/// whole burst falls within one minute however long the machine takes to serve it.
/// </summary>
public sealed class OutboundLimiterTests(LimitedBudgetFixture gateway) : IClassFixture<LimitedBudgetFixture>
{
    [Fact]
    public async Task Two_hundred_concurrent_queries_spend_at_most_the_budget()
    {
        var ids = new List<string>();
        for (var offset = 0; offset < 200; offset += 100)
        {
            using var page = await gateway.Sandbox.SearchAsync($"_count=100&_getpagesoffset={offset}");
            ids.AddRange(page.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("id").GetString()!));
        }

        Assert.Equal(200, ids.Distinct(StringComparer.Ordinal).Count());
        await gateway.Sandbox.ResetRequestsAsync();

        var responses = await Task.WhenAll(ids.Select(id => gateway.QueryAsync("query($id: ID!) { study(id: $id) { eclaireId title } }", new { id })));

        var upstream = await gateway.Sandbox.GetRequestsAsync();
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));

        var answered = responses.Count(r => r.Errors.Count == 0 && r.Data.GetProperty("study").ValueKind == JsonValueKind.Object);
        var limited = responses.Where(r => r.Errors.Count > 0).ToList();
        Assert.InRange(upstream.Total, 1, LimitedBudgetFixture.PermitsPerMinute);
        Assert.Equal(upstream.Total, answered);
        Assert.Equal(200 - answered, limited.Count);
        Assert.All(limited, r => Assert.Equal(["UPSTREAM_RATE_LIMITED"], r.ErrorCodes));
        Assert.All(limited, r => Assert.Equal(JsonValueKind.Null, r.Data.GetProperty("study").ValueKind));
    }
}
