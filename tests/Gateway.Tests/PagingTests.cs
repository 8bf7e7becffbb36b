using System.Text.Json;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// The Relay connection over ECLAIRE's offset paging: paging through 250 studies with <c>after</c> gives ECLAIRE's own
/// order without gap or repeat, one search per page; cursors, <c>pageInfo</c> and <c>totalCount</c> are right; a page
/// larger than 100 or past the 10,000-result window is a <c>BAD_USER_INPUT</c> error before any call.
/// </summary>
public sealed class PagingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Page = """
        query Page($first: Int!, $after: String) {
          studies(first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { eclaireId } }
          }
        }
        """;

    [Fact]
    public async Task Paging_through_250_studies_with_after_follows_eclaires_order_one_search_per_page()
    {
        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        await gateway.Sandbox.ResetRequestsAsync();
        while (ids.Count < 250)
        {
            var first = Math.Min(100, 250 - ids.Count);
            var response = await gateway.QueryAsync(Page, new { first, after });
            response.AssertNoErrors();
            var studies = response.Data.GetProperty("studies");
            var pageInfo = studies.GetProperty("pageInfo");
            var edges = studies.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(first, edges.Count);
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            ids.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("eclaireId").GetString()!));
            after = pageInfo.GetProperty("endCursor").GetString();
            pages++;
        }

        var upstream = await gateway.Sandbox.GetRequestsAsync();
        Assert.Equal(3, pages);
        Assert.Equal(3, upstream[UpstreamCounts.Search]);
        Assert.Equal(250, ids.Distinct(StringComparer.Ordinal).Count());

        // The same 250 studies, in the same order, as ECLAIRE pages them itself.
        var expected = new List<string>();
        for (var offset = 0; offset < 250; offset += 50)
        {
            using var direct = await gateway.Sandbox.SearchAsync($"_count=50&_getpagesoffset={offset}");
            expected.AddRange(direct.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("id").GetString()!));
        }

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task The_last_page_says_there_is_no_next_page_and_the_total_is_eclaires()
    {
        using var direct = await gateway.Sandbox.SearchAsync("status=withdrawn&_count=1");
        var total = direct.RootElement.GetProperty("total").GetInt32();
        Assert.InRange(total, 2, 100);

        var response = await gateway.QueryAsync("""
            { studies(first: 100, where: { status: WITHDRAWN }) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { eclaireId } } }
            """);

        response.AssertNoErrors();
        var studies = response.Data.GetProperty("studies");
        Assert.Equal(total, studies.GetProperty("totalCount").GetInt32());
        Assert.Equal(total, studies.GetProperty("nodes").GetArrayLength());
        Assert.False(studies.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(studies.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task A_search_without_match_is_an_empty_page_not_an_error()
    {
        var response = await gateway.QueryAsync("""
            { studies(where: { identifier: "2099-A99999-99" }) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor } } }
            """);

        response.AssertNoErrors();
        var studies = response.Data.GetProperty("studies");
        Assert.Equal(0, studies.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, studies.GetProperty("edges").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, studies.GetProperty("pageInfo").GetProperty("startCursor").ValueKind);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task First_outside_1_to_100_is_bad_user_input_without_a_call(int first)
    {
        var (response, upstream) = await gateway.QueryCountingAsync("query($first: Int!) { studies(first: $first) { totalCount } statistics { totalStudies } }", new { first });

        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(response.ErrorAt("studies")));
        Assert.Contains("between 1 and 100", response.ErrorAt("studies").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("studies").ValueKind);
        Assert.Equal(JsonValueKind.Number, response.Data.GetProperty("statistics").GetProperty("totalStudies").ValueKind);
        Assert.Equal(0, upstream[UpstreamCounts.Search]);
    }

    [Fact]
    public async Task Paging_past_the_10000_result_window_is_bad_user_input_with_a_clear_message()
    {
        // The cursor of result 10,000 (offset 9,999): the next page would start past the window.
        var lastInWindow = Convert.ToBase64String("offset:9999"u8.ToArray());
        var (response, upstream) = await gateway.QueryCountingAsync("query($after: String) { studies(after: $after) { totalCount } }", new { after = lastInWindow });

        var error = response.ErrorAt("studies");
        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(error));
        Assert.Contains("first 10,000 results", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, upstream.Total);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("b2Zmc2V0Oi0x")]
    [InlineData("U3R1ZHk6MjAyMy1BMDEzNTYtMTg=")]
    [InlineData("b2Zmc2V0OjEwMDAw")] // offset:10000, past the window: never issued
    [InlineData("b2Zmc2V0OjIxNDc0ODM2NDc=")] // offset:2147483647, whose next position overflowed (a page "at result -2,147,483,647")
    public async Task A_cursor_this_gateway_did_not_issue_is_bad_user_input(string after)
    {
        var response = await gateway.QueryAsync("query($after: String) { studies(after: $after) { totalCount } }", new { after });

        var error = response.ErrorAt("studies");
        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(error));
        Assert.StartsWith("`after` is not a cursor of this connection", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
