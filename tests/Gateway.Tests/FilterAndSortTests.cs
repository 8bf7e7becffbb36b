using System.Globalization;
using System.Text.Json;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// Every filter of <c>where</c> and every sort of <c>order</c> is ECLAIRE's own: the gateway's answer (ids, order,
/// total) equals ECLAIRE's answer to the corresponding search, and the studies returned do satisfy the criterion.
/// Nothing is filtered in memory: a page asked for 30 is 30 studies whenever ECLAIRE has them.
/// </summary>
public sealed class FilterAndSortTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Search = """
        query($where: StudyFilter, $order: [StudySort!]) {
          studies(first: 30, where: $where, order: $order) {
            totalCount
            nodes { eclaireId status statusCode lastUpdated title }
          }
        }
        """;

    public static TheoryData<string, string, string> Filters => new()
    {
        // name, the `where` value as JSON, ECLAIRE's parameters
        { "text", """{ "text": "cancer" }""", "_text=cancer" },
        { "text with Lucene syntax", """{ "text": "diabète AND type" }""", "_text=" + Uri.EscapeDataString("diabète AND type") },
        { "text on the raw record", """{ "text": "REG746" }""", "_text=REG746" },
        { "content", """{ "content": "sommeil" }""", "_content=sommeil" },
        { "status", """{ "status": "COMPLETED" }""", "status=completed" },
        { "identifier", """{ "identifier": "2023-A01356-18" }""", "identifier=2023-A01356-18" },
        { "lastUpdated eq", """{ "lastUpdated": { "eq": "2026-04-29" } }""", "_lastUpdated=2026-04-29" },
        { "lastUpdated gt", """{ "lastUpdated": { "gt": "2025-06-30" } }""", "_lastUpdated=gt2025-06-30" },
        { "lastUpdated ge", """{ "lastUpdated": { "ge": "2025-06-30" } }""", "_lastUpdated=ge2025-06-30" },
        { "lastUpdated lt", """{ "lastUpdated": { "lt": "2021-01-01" } }""", "_lastUpdated=lt2021-01-01" },
        { "lastUpdated le", """{ "lastUpdated": { "le": "2021-01-01" } }""", "_lastUpdated=le2021-01-01" },
        { "everything at once", """{ "text": "patients", "content": "patients", "status": "ACTIVE", "lastUpdated": { "ge": "2024-01-01" } }""", "_text=patients&_content=patients&status=active&_lastUpdated=ge2024-01-01" },
    };

    public static TheoryData<string, string> Sorts => new()
    {
        { """{ "lastUpdated": "ASC" }""", "_sort=meta.lastUpdated" },
        { """{ "lastUpdated": "DESC" }""", "_sort=-meta.lastUpdated" },
        { """{ "eclaireId": "ASC" }""", "_sort=_id" },
        { """{ "eclaireId": "DESC" }""", "_sort=-_id" },
        { """{ "status": "ASC" }""", "_sort=status.keyword" },
        { """{ "status": "DESC" }""", "_sort=-status.keyword" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_is_eclaires_own(string name, string where, string parameters)
    {
        var response = await gateway.QueryAsync(Search, new { where = JsonDocument.Parse(where).RootElement });

        response.AssertNoErrors();
        var (total, ids) = await DirectAsync(parameters + "&_count=30");
        var studies = response.Data.GetProperty("studies");
        Assert.True(total > 0, $"The filter {name} matches nothing in the sandbox: choose a value that does.");
        Assert.Equal(total, studies.GetProperty("totalCount").GetInt32());
        Assert.Equal(ids, Ids(studies));
        Assert.Equal(Math.Min(30, total), studies.GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("APPROVED", "approved")]
    [InlineData("ACTIVE", "active")]
    [InlineData("COMPLETED", "completed")]
    [InlineData("TEMPORARILY_CLOSED_TO_ACCRUAL", "temporarily-closed-to-accrual")]
    [InlineData("ADMINISTRATIVELY_COMPLETED", "administratively-completed")]
    [InlineData("WITHDRAWN", "withdrawn")]
    public async Task Each_status_filters_on_that_status(string status, string code)
    {
        var response = await gateway.QueryAsync(Search, new { where = new { status } });

        response.AssertNoErrors();
        var nodes = response.Data.GetProperty("studies").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(status, n.GetProperty("status").GetString()));
        Assert.All(nodes, n => Assert.Equal(code, n.GetProperty("statusCode").GetString()));
    }

    [Theory]
    [InlineData("gt", "2025-06-30")]
    [InlineData("ge", "2025-06-30")]
    [InlineData("lt", "2021-01-01")]
    [InlineData("le", "2021-01-01")]
    [InlineData("eq", "2026-04-29")]
    public async Task Each_last_updated_comparison_holds_for_every_study_returned(string comparison, string day)
    {
        var response = await gateway.QueryAsync(Search, new { where = new Dictionary<string, object> { ["lastUpdated"] = new Dictionary<string, string> { [comparison] = day } } });

        response.AssertNoErrors();
        var limit = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var nodes = response.Data.GetProperty("studies").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
        {
            var updated = DateOnly.FromDateTime(node.GetProperty("lastUpdated").GetDateTimeOffset().UtcDateTime);
            var holds = comparison switch
            {
                "gt" => updated > limit,
                "ge" => updated >= limit,
                "lt" => updated < limit,
                "le" => updated <= limit,
                _ => updated == limit,
            };
            Assert.True(holds, $"{node.GetProperty("eclaireId")} updated {updated} is not {comparison} {limit}");
        }
    }

    [Fact]
    public async Task Two_date_comparisons_are_refused_by_validation_since_eclaire_answers_one()
    {
        var (response, upstream) = await gateway.QueryCountingAsync(Search, new { where = new { lastUpdated = new { ge = "2024-01-01", lt = "2025-01-01" } } });

        // DateFilter is a OneOf input: the variable is refused before execution.
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("exactly one", response.Errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, upstream.Total);
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Each_sort_is_eclaires_own(string order, string parameters)
    {
        var response = await gateway.QueryAsync(Search, new { order = new[] { JsonDocument.Parse(order).RootElement } });

        response.AssertNoErrors();
        var (_, ids) = await DirectAsync(parameters + "&_count=30");
        Assert.Equal(ids, Ids(response.Data.GetProperty("studies")));
    }

    [Fact]
    public async Task Sorting_by_id_and_last_update_gives_ordered_results()
    {
        var byId = await gateway.QueryAsync(Search, new { order = new[] { new { eclaireId = "ASC" } } });
        var byDate = await gateway.QueryAsync(Search, new { order = new[] { new { lastUpdated = "DESC" } } });

        var ids = Ids(byId.Data.GetProperty("studies"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var dates = byDate.Data.GetProperty("studies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("lastUpdated").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task More_than_one_sort_is_bad_user_input_since_eclaire_sorts_on_one_field()
    {
        var (response, upstream) = await gateway.QueryCountingAsync(Search, new { order = new object[] { new { lastUpdated = "ASC" }, new { status = "DESC" } } });

        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(response.ErrorAt("studies")));
        Assert.Equal(0, upstream.Total);
    }

    [Fact]
    public async Task A_query_eclaire_refuses_is_bad_user_input_with_its_reason()
    {
        var response = await gateway.QueryAsync(Search, new { where = new { text = "title:(unbalanced" } });

        var error = response.ErrorAt("studies");
        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(error));
        Assert.StartsWith("ECLAIRE refused the search", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static List<string> Ids(JsonElement studies) =>
        [.. studies.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("eclaireId").GetString()!)];

    private async Task<(int Total, List<string> Ids)> DirectAsync(string parameters)
    {
        using var direct = await gateway.Sandbox.SearchAsync(parameters);
        var root = direct.RootElement;
        var ids = root.TryGetProperty("entry", out var entries)
            ? entries.EnumerateArray().Select(e => e.GetProperty("resource")).Where(r => r.GetProperty("resourceType").GetString() == "ResearchStudy").Select(r => r.GetProperty("id").GetString()!).ToList()
            : [];
        return (root.GetProperty("total").GetInt32(), ids);
    }
}
