using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// What each query costs ECLAIRE, read from the sandbox's request counters: a page of studies with their groups,
/// sites and organizations is one search (the included resources prime the DataLoaders); a study by id is one read,
/// or one search when its relations are asked; reads of one id in a request share one call; nothing is read once
/// per item of a list.
/// </summary>
public sealed class UpstreamRequestCountTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string PageWithRelations = """
        {
          studies(first: 20) {
            totalCount
            edges {
              cursor
              node {
                eclaireId title
                group { plannedSize genders inclusionCriteria }
                sites { name city service contacts { familyName } }
                organization { eclaireId name }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_20_studies_with_group_sites_and_organization_is_one_request()
    {
        var (response, upstream) = await gateway.QueryCountingAsync(PageWithRelations);

        response.AssertNoErrors();
        var edges = response.Data.GetProperty("studies").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(20, edges.Count);
        Assert.All(edges, e => Assert.Equal(System.Text.Json.JsonValueKind.Object, e.GetProperty("node").GetProperty("organization").ValueKind));
        Assert.Contains(edges, e => e.GetProperty("node").GetProperty("sites").GetArrayLength() > 1);
        Assert.Equal(1, upstream.Total);
        Assert.Equal(1, upstream[UpstreamCounts.Search]);
    }

    [Fact]
    public async Task Relations_asked_through_nodes_fragments_and_aliases_still_cost_one_request()
    {
        const string query = """
            query Page($withSites: Boolean!) {
              list: studies(first: 20, where: { status: ACTIVE }) {
                nodes { ...Card }
              }
            }
            fragment Card on Study {
              eclaireId
              ... on Study { g: group { plannedSize } }
              where: sites @include(if: $withSites) { city }
              organization { name }
            }
            """;

        var (response, upstream) = await gateway.QueryCountingAsync(query, new { withSites = true });

        response.AssertNoErrors();
        Assert.Equal(20, response.Data.GetProperty("list").GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task Back_references_from_groups_and_sites_to_their_study_cost_nothing_more()
    {
        const string query = """
            {
              studies(first: 20) {
                nodes {
                  group { study { eclaireId title } }
                  sites { study { eclaireId sites { eclaireId } organization { name } } }
                }
              }
            }
            """;

        var (response, upstream) = await gateway.QueryCountingAsync(query);

        response.AssertNoErrors();
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task A_page_without_relations_is_sent_without_include_and_costs_one_request()
    {
        var (response, upstream) = await gateway.QueryCountingAsync("{ studies(first: 50) { nodes { eclaireId title status } } }");

        response.AssertNoErrors();
        Assert.Equal(50, response.Data.GetProperty("studies").GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task A_study_by_id_alone_is_one_read()
    {
        var (response, upstream) = await gateway.QueryCountingAsync("""{ study(id: "2023-A01356-18") { eclaireId title status } }""");

        response.AssertNoErrors();
        Assert.Equal("2023-A01356-18", response.Data.GetProperty("study").GetProperty("eclaireId").GetString());
        Assert.Equal(1, upstream.Total);
        Assert.Equal(1, upstream[UpstreamCounts.ReadStudy]);
    }

    [Fact]
    public async Task A_study_by_id_with_nested_fields_is_one_search()
    {
        const string query = """
            {
              study(id: "2023-A01356-18") {
                title
                group { plannedSize }
                sites { name study { title } }
                organization { name }
              }
            }
            """;

        var (response, upstream) = await gateway.QueryCountingAsync(query);

        response.AssertNoErrors();
        Assert.Equal(4, response.Data.GetProperty("study").GetProperty("sites").GetArrayLength());
        Assert.Equal(1, upstream.Total);
        Assert.Equal(1, upstream[UpstreamCounts.Search]);
    }

    [Fact]
    public async Task Concurrent_reads_of_one_id_share_one_call()
    {
        const string query = """
            {
              a: group(id: "2023-A01356-18-enrollment-group") { plannedSize }
              b: group(id: "2023-A01356-18-enrollment-group") { genders }
              c: node(id: "R3JvdXA6MjAyMy1BMDEzNTYtMTgtZW5yb2xsbWVudC1ncm91cA==") { id }
              d: site(id: "2023-A01356-18-0-site") { name }
              e: site(id: "2023-A01356-18-0-site") { city }
              f: organization(id: "ansm") { name }
              g: organization(id: "ansm") { url }
              h: study(id: "2023-A01356-18") { title }
              i: study(id: "2023-A01356-18") { status }
            }
            """;

        var (response, upstream) = await gateway.QueryCountingAsync(query);

        response.AssertNoErrors();
        Assert.Equal(4, upstream.Total);
        Assert.Equal(1, upstream[UpstreamCounts.ReadGroup]);
        Assert.Equal(1, upstream[UpstreamCounts.ReadLocation]);
        Assert.Equal(1, upstream[UpstreamCounts.ReadOrganization]);
        Assert.Equal(1, upstream[UpstreamCounts.ReadStudy]);
    }

    [Fact]
    public async Task Only_the_total_asked_is_one_smallest_search()
    {
        var (response, upstream) = await gateway.QueryCountingAsync("{ studies(where: { status: ACTIVE }) { totalCount } }");

        response.AssertNoErrors();
        using var direct = await gateway.Sandbox.SearchAsync("status=active&_count=1");
        Assert.Equal(direct.RootElement.GetProperty("total").GetInt32(), response.Data.GetProperty("studies").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, upstream[UpstreamCounts.Search]);
    }
}
