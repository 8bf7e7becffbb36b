using System.Text.Json.Nodes;
using Gateway.Sandbox.Eclaire;
using Gateway.Sandbox.Eclaire.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>The read-by-id routes and their errors (API_BEHAVIOR.md sections 5 and 6).</summary>
public sealed class ReadEndpointTests(SmallDataSetFixture fixture) : IClassFixture<SmallDataSetFixture>
{
    private readonly HttpClient _client = fixture.Host.Client;
    private readonly EclaireSandbox _sandbox = fixture.Host.Services.GetRequiredService<EclaireSandbox>();

    private static string Outcome(string diagnostics, string text) =>
        "{\"resourceType\":\"OperationOutcome\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">" + text
        + "</div>\"},\"issue\":[{\"severity\":\"error\",\"code\":\"not-found\",\"diagnostics\":\"" + diagnostics + "\"}]}";

    [Theory]
    [InlineData("/R4/ResearchStudy/999999", "Research study with id '999999' not found", "No research study found")]
    [InlineData("/R4/Group/999999-enrollment-group", "Enrollment group not found", "No enrollment group found")]
    [InlineData("/R4/Group/whatever", "Enrollment group not found", "No enrollment group found")]
    [InlineData("/R4/Location/999999-0-site", "No location found", "No location found")]
    [InlineData("/R4/Organization/inserm", "No organization found", "No organization found")]
    [InlineData("/R4/Organization/2021-A01022-39-primary-sponsor", "No organization found", "No organization found")]
    public async Task Unknown_resources_are_404_OperationOutcomes(string url, string diagnostics, string text)
    {
        var (status, contentType, body) = await Json.GetAsync(_client, url);

        Assert.Equal(404, status);
        Assert.Equal("application/fhir+json; charset=utf-8", contentType);
        Assert.Equal(Outcome(diagnostics, text), body);
    }

    [Fact]
    public async Task A_generated_study_and_its_resources_are_read_in_the_stored_order()
    {
        var record = _sandbox.DataSet.Studies.First(s => s.Verbatim is null && s.SiteCount > 1);
        Assert.NotNull(_sandbox.DataSet.Generator.Generate(record).Size);

        var study = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/" + record.Id)).Body);
        var group = Json.Parse((await Json.GetAsync(_client, "/R4/Group/" + record.Id + "-enrollment-group")).Body);
        var location = Json.Parse((await Json.GetAsync(_client, "/R4/Location/" + record.Id + "-1-site")).Body);
        var organization = Json.Parse((await Json.GetAsync(_client, "/R4/Organization/" + record.OrganizationId)).Body);

        Assert.Equal(["resourceType", "status"], Json.Keys(study).TakeLast(2));
        Assert.Equal(["actual", "characteristic", "id", "quantity", "type", "text", "resourceType"], Json.Keys(group));
        Assert.Equal(["id", "address", "identifier", "name", "telecom", "text", "resourceType"], Json.Keys(location));
        Assert.Equal(["id", "name", "telecom", "text", "resourceType"], Json.Keys(organization));
        Assert.Equal(study["text"]!["div"]!.GetValue<string>(), location["text"]!["div"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2021-A01563-38")]
    [InlineData("2021-A01022-39")]
    [InlineData("2022-500014-26-00")]
    public async Task A_study_is_read_without_its_stored_reference_contents(string id)
    {
        // The ETL stores the group, sites and organizations (referenceContents) and the texts to translate with the
        // study; GET by id leaves them out.
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy/" + id);
        var keys = Json.Keys(Json.Parse(body));

        Assert.Equal(200, status);
        Assert.DoesNotContain("referenceContents", keys);
        Assert.DoesNotContain("originalContentsToEnhance", keys);
        Assert.DoesNotContain("translatedContent", keys);
    }

    [Fact]
    public async Task Ctis_studies_are_read_with_their_french_texts()
    {
        // Generated CTIS studies are stored with ECLAIRE's French (DeepL) texts; the API's own e2e study, fake data
        // without a translation, keeps its English therapeutic area.
        var record = _sandbox.DataSet.Studies.First(s => s.Verbatim is null && s.Regulation == Regulation.Ctis);
        var generated = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/" + record.Id)).Body);
        var verbatim = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/2022-500014-26-00")).Body);
        var group = Json.Parse((await Json.GetAsync(_client, "/R4/Group/" + record.Id + "-enrollment-group")).Body);

        Assert.StartsWith("Maladies [", TherapeuticArea(generated), StringComparison.Ordinal);
        Assert.StartsWith("Diseases [", TherapeuticArea(verbatim), StringComparison.Ordinal);
        var criteria = group["characteristic"]!.AsArray()
            .Where(c => c!["description"]?.GetValue<string>() == "eligibility-criteria")
            .Select(c => c!["valueCodeableConcept"]!["coding"]![0]!["display"]!.GetValue<string>())
            .ToList();
        Assert.Contains(criteria, c => c.StartsWith("Diagnostic confirmé de ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_location_index_beyond_the_sites_is_not_found()
    {
        var record = _sandbox.DataSet.Studies.First(s => s.Verbatim is null && s.SiteCount > 0);

        Assert.Equal(200, (await Json.GetAsync(_client, $"/R4/Location/{record.Id}-{record.SiteCount - 1}-site")).Status);
        Assert.Equal(404, (await Json.GetAsync(_client, $"/R4/Location/{record.Id}-{record.SiteCount}-site")).Status);
        Assert.Equal(404, (await Json.GetAsync(_client, $"/R4/Location/{record.Id}-00-site")).Status);
    }

    [Theory]
    [InlineData("ansm")]
    [InlineData("ctis")]
    [InlineData("eudract")]
    public async Task Organizations_come_from_the_first_study_that_stores_them(string id)
    {
        var first = _sandbox.DataSet.Studies.First(s => s.Verbatim is null ? s.OrganizationId == id : s.Verbatim.Organizations.Count > 0 && s.OrganizationId == id);
        var (status, _, body) = await Json.GetAsync(_client, "/R4/Organization/" + id);
        var studyText = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/" + first.Id)).Body)["text"]!["div"]!.GetValue<string>();

        Assert.Equal(200, status);
        Assert.Equal(studyText, Json.Parse(body)["text"]!["div"]!.GetValue<string>());
    }

    private static string TherapeuticArea(JsonNode study) =>
        study["extension"]!.AsArray()
            .First(e => e!["url"]!.GetValue<string>().EndsWith("eclaire-therapeutic-area", StringComparison.Ordinal))!["valueString"]!.GetValue<string>();
}
