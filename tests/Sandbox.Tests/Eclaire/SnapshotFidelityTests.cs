using System.Text.Json.Nodes;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>
/// Replays the requests behind the real API's test snapshots (its e2e tests, with ECLAIRE_URL
/// http://localhost:3000/ and NUMBER_OF_RESOURCES_BY_PAGE=2, over its two-study index) and compares the
/// answers. This suite, and only this one, reads ../shared/eclaire/api-test-snapshots/ (see SharedData).
/// The snapshots agree on every value but were written with different key orders (fixture files for
/// GET-by-id and the older bundles, the ETL model's order for BundleWithInclude and the Find* snapshots),
/// so bodies are compared byte for byte where the snapshot has the stored order, and value for value
/// (with the Bundle's own key order checked) elsewhere.
/// </summary>
public sealed class SnapshotFidelityTests(E2eIndexFixture fixture) : IClassFixture<E2eIndexFixture>
{
    private const string FhirJson = "application/fhir+json; charset=utf-8";
    private readonly HttpClient _client = fixture.Host.Client;

    [Fact]
    public async Task Search_with_include_is_byte_for_byte_the_BundleWithInclude_snapshot()
    {
        var (status, contentType, body) = await Json.GetAsync(_client, "/R4/ResearchStudy/?_include=*");

        Assert.Equal(200, status);
        Assert.Equal(FhirJson, contentType);
        Assert.Equal(SharedData.Snapshot("BundleWithInclude.snap.json"), body);
    }

    [Theory]
    [InlineData("/R4/ResearchStudy/", "BundleWithAllStudies.snap.json")]
    [InlineData("/R4/ResearchStudy/?_lastUpdated=2023-04-12", "BundleWithFilter.snap.json")]
    public async Task Searches_give_the_snapshot_bundles(string url, string snapshot)
    {
        var (status, contentType, body) = await Json.GetAsync(_client, url);
        var expected = Json.Parse(SharedData.Snapshot(snapshot));
        var actual = Json.Parse(body);

        Assert.Equal(200, status);
        Assert.Equal(FhirJson, contentType);
        Assert.Equal(["resourceType", "entry", "link", "total", "type"], Json.Keys(actual));
        Assert.Equal(Json.Compact(expected["link"]!), Json.Compact(actual["link"]!));
        Assert.Equal(expected["total"]!.GetValue<int>(), actual["total"]!.GetValue<int>());
        var expectedEntries = expected["entry"]!.AsArray();
        var actualEntries = actual["entry"]!.AsArray();
        Assert.Equal(expectedEntries.Count, actualEntries.Count);
        for (var i = 0; i < expectedEntries.Count; i++)
        {
            Assert.Equal(["fullUrl", "resource"], Json.Keys(actualEntries[i]));
            Assert.Equal(expectedEntries[i]!["fullUrl"]!.GetValue<string>(), actualEntries[i]!["fullUrl"]!.GetValue<string>());
            Assert.Equal("resourceType", Json.Keys(actualEntries[i]!["resource"])[0]);
            Assert.True(Json.SameContent(expectedEntries[i]!["resource"], actualEntries[i]!["resource"]), "entry " + i + " differs from " + snapshot);
        }
    }

    [Fact]
    public async Task Reading_a_study_gives_the_ResearchStudy_snapshot_values_in_the_stored_order()
    {
        var (status, contentType, body) = await Json.GetAsync(_client, "/R4/ResearchStudy/2022-500014-26-00");
        var actual = Json.Parse(body);

        Assert.Equal(200, status);
        Assert.Equal(FhirJson, contentType);
        Assert.True(Json.SameContent(Json.Parse(SharedData.Snapshot("ResearchStudy.snap.json")), actual));

        // The stored document keeps the ETL model's order (BundleWithInclude shows it), resourceType before status.
        Assert.Equal(
            ["category", "condition", "contact", "enrollment", "extension", "id", "identifier", "location", "meta", "phase", "site", "title", "text", "resourceType", "status"],
            Json.Keys(actual));
    }

    [Theory]
    [InlineData("/R4/Group/2022-500014-26-00-enrollment-group", "FindGroup.snap.json")]
    [InlineData("/R4/Organization/ctis", "FindOrganization.snap.json")]
    public async Task Reading_a_group_or_an_organization_is_byte_for_byte_its_snapshot(string url, string snapshot)
    {
        var (status, contentType, body) = await Json.GetAsync(_client, url);

        Assert.Equal(200, status);
        Assert.Equal(FhirJson, contentType);
        Assert.Equal(SharedData.Snapshot(snapshot), body);
    }

    [Fact]
    public async Task Reading_a_location_gives_the_FindLocation_snapshot()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/Location/2022-500014-26-00-0-site");
        var actual = Json.Parse(body).AsObject();
        var expected = Json.Parse(SharedData.Snapshot("FindLocation.snap.json")).AsObject();

        Assert.Equal(200, status);
        Assert.Equal(Json.Keys(expected), Json.Keys(actual));

        // The FindLocation fixture's narrative says "Phase III" where the indexed record says "phase-III"; everything else is equal.
        expected.Remove("text");
        actual.Remove("text");
        Assert.Equal(Json.Compact(expected), Json.Compact(actual));
    }

    [Fact]
    public async Task The_organization_is_stored_with_each_study_and_read_from_the_first()
    {
        var include = Json.Parse(SharedData.Snapshot("BundleWithInclude.snap.json"));
        var secondStudyText = include["entry"]![1]!["resource"]!["text"]!["div"]!.GetValue<string>();
        var includedCtis = include["entry"]!.AsArray().Single(e => e!["fullUrl"]!.GetValue<string>().EndsWith("/Organization/ctis", StringComparison.Ordinal));
        var read = Json.Parse((await Json.GetAsync(_client, "/R4/Organization/ctis")).Body);

        // _include keeps the last copy (the second study's); GET returns the first study's (FindOrganization).
        Assert.Equal(secondStudyText, includedCtis!["resource"]!["text"]!["div"]!.GetValue<string>());
        Assert.NotEqual(secondStudyText, read["text"]!["div"]!.GetValue<string>());
    }
}
