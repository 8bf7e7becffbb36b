using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// Snapshots of whole answers, every field selected (<see cref="Documents"/>): a study of each regulation (generated
/// by the sandbox, and the API's own verbatim studies), studies chosen for the rows of the document's tables the others
/// do not show (statuses SUSPENDUE and ABANDONNÉE, an ISRCTN number, a DM « Catégorie 1 » study of eudract, an included
/// vulnerable population), the IG's example study (fields only the IG sends), the reads by id and the statistics, a
/// page with a node. The sandbox data is deterministic (seed 1, scale 0.05), so the snapshots are stable.
/// </summary>
public sealed class StudySnapshotTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("study-ctis", "2026-509262-31-00")]
    [InlineData("study-jarde", "2023-A01356-18")]
    [InlineData("study-dm", "2018-A00088-64")]
    [InlineData("study-dm-div", "2024-A00481-51")]
    [InlineData("study-ctis-verbatim", "2022-500014-26-00")]
    [InlineData("study-dm-verbatim", "2021-A01563-38")]
    [InlineData("study-jarde-verbatim", "2021-A01022-39")]
    [InlineData("study-dm-category-1", "2017-A00010-66")]
    [InlineData("study-jarde-suspended", "2019-A02392-99")]
    [InlineData("study-jarde-isrctn", "2022-A00999-42")]
    public async Task A_study_with_every_field_matches_its_snapshot(string snapshot, string id)
    {
        var (response, upstream) = await gateway.QueryCountingAsync(Documents.StudyWithEverything, new { id });

        response.AssertNoErrors();
        Snapshot.Match(snapshot, response.Data);
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task The_ig_example_study_matches_its_snapshot()
    {
        // The IG's fake example (served verbatim by the sandbox) is the one study with a contact affiliation and a
        // party classifier; its group and site references point to nothing ECLAIRE serves, so only its own fields.
        var (response, upstream) = await gateway.QueryCountingAsync(Documents.StudyFieldsOnly, new { id = "fake-study-example" });

        response.AssertNoErrors();
        Snapshot.Match("study-ig-example", response.Data);
        Assert.Equal(1, upstream.Total);
    }

    [Fact]
    public async Task Reads_by_id_and_the_statistics_match_their_snapshot()
    {
        var response = await gateway.QueryAsync(Documents.ReadsById, new { group = "2023-A01356-18-enrollment-group", site = "2023-A01356-18-1-site" });

        response.AssertNoErrors();
        Snapshot.Match("reads-by-id", response.Data);
    }

    [Fact]
    public async Task A_page_and_a_node_match_their_snapshot()
    {
        var response = await gateway.QueryAsync(Documents.PageAndNode, new { node = "U3R1ZHk6MjAyMy1BMDEzNTYtMTg=" });

        response.AssertNoErrors();
        Snapshot.Match("page-and-node", response.Data);
    }
}
