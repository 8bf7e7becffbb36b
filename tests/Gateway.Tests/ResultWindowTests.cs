using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>ECLAIRE's 10,000-result window on a registry of the real size: the last page in it is shortened, the next refused.</summary>
public sealed class ResultWindowTests(FullRegistryFixture gateway) : IClassFixture<FullRegistryFixture>
{
    private const string Page = """
        query($after: String) {
          studies(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } }
        }
        """;

    [Fact]
    public async Task The_page_ending_past_the_window_is_shortened_and_says_no_next_page()
    {
        // From result 9,951: ECLAIRE serves up to result 10,000, so 50 studies.
        var after = Convert.ToBase64String("offset:9949"u8.ToArray());

        var response = await gateway.QueryAsync(Page, new { after });

        response.AssertNoErrors();
        var studies = response.Data.GetProperty("studies");
        Assert.True(studies.GetProperty("totalCount").GetInt32() > 10_000);
        Assert.Equal(50, studies.GetProperty("edges").GetArrayLength());
        Assert.False(studies.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // Its end cursor is the window's last result: asking after it is refused, without a call.
        var (next, upstream) = await gateway.QueryCountingAsync(Page, new { after = studies.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(next.ErrorAt("studies")));
        Assert.Equal(0, upstream.Total);
    }

    [Fact]
    public async Task The_page_just_before_the_window_end_has_a_next_page()
    {
        var after = Convert.ToBase64String("offset:9799"u8.ToArray());

        var response = await gateway.QueryAsync(Page, new { after });

        response.AssertNoErrors();
        Assert.Equal(100, response.Data.GetProperty("studies").GetProperty("edges").GetArrayLength());
        Assert.True(response.Data.GetProperty("studies").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
