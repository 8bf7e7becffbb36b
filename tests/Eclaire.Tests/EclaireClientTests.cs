using System.Net;
using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Eclaire.Tests;

public sealed class EclaireClientTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Search_sends_the_query_to_the_fhir_base_and_maps_the_page()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Fixture("BundleWithInclude.snap.json"));

        var page = await test.Client.SearchStudiesAsync(new StudySearch { Text = "sein", IncludeRelated = true, Count = 2 }, None);

        var call = Assert.Single(test.Stub.Requests);
        Assert.Equal("https://eclaire.test/R4/ResearchStudy?_text=sein&_include=*&_count=2", call.Uri.AbsoluteUri);
        Assert.Contains("application/fhir+json", call.Accept, StringComparison.Ordinal);
        Assert.Equal((2, 0, 2), (page.Total, page.Offset, page.PageSize));
        Assert.Equal(2, page.Studies.Count);
        Assert.Equal((2, 1, 1), (page.Groups.Count, page.Sites.Count, page.Organizations.Count));
    }

    [Fact]
    public async Task Search_404_is_an_empty_page()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json("""{"resourceType":"Bundle","type":"searchset","total":0}""", HttpStatusCode.NotFound));

        var page = await test.Client.SearchStudiesAsync(new StudySearch { Status = StudyStatus.Withdrawn, Offset = 40 }, None);

        Assert.Empty(page.Studies);
        Assert.Equal((0, 40, 20, (int?)null), (page.Total, page.Offset, page.PageSize, page.NextOffset));
        Assert.Equal(1, test.Stub.CallCount);
    }

    [Fact]
    public async Task Reads_map_their_resource_and_404_is_null()
    {
        using var test = TestClient.Answering(request => request.RequestUri!.AbsolutePath switch
        {
            "/R4/ResearchStudy/2022-500014-26-00" => EclaireResponses.Fixture("ResearchStudy.snap.json"),
            "/R4/Group/2022-500014-26-00-enrollment-group" => EclaireResponses.Fixture("FindGroup.snap.json"),
            "/R4/Location/2022-500014-26-00-0-site" => EclaireResponses.Fixture("FindLocation.snap.json"),
            "/R4/Organization/ctis" => EclaireResponses.Fixture("FindOrganization.snap.json"),
            _ => EclaireResponses.Json(
                """{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found","diagnostics":"No location found"}]}""",
                HttpStatusCode.NotFound),
        });

        Assert.Equal(StudyStatus.Active, (await test.Client.GetStudyAsync("2022-500014-26-00", None))!.Status);
        Assert.Equal(21, (await test.Client.GetGroupAsync("2022-500014-26-00-enrollment-group", None))!.PlannedSize);
        Assert.Equal("Lille", (await test.Client.GetSiteAsync("2022-500014-26-00-0-site", None))!.City);
        Assert.Equal("Clinical Trials Information System", (await test.Client.GetOrganizationAsync("ctis", None))!.Name);

        Assert.Null(await test.Client.GetStudyAsync("nope", None));
        Assert.Null(await test.Client.GetGroupAsync("nope-enrollment-group", None));
        Assert.Null(await test.Client.GetSiteAsync("nope-0-site", None));
        Assert.Null(await test.Client.GetOrganizationAsync("eudract", None));
        Assert.Equal(8, test.Stub.CallCount);
    }

    [Fact]
    public async Task Unknown_organizations_and_blank_ids_are_null_without_a_call()
    {
        using var test = TestClient.Answering(_ => throw new InvalidOperationException("no call expected"));

        Assert.Null(await test.Client.GetOrganizationAsync("2022-500014-26-00-primary-sponsor", None));
        Assert.Null(await test.Client.GetStudyAsync(" ", None));
        Assert.Null(await test.Client.GetStudyDetailsAsync("", None));
        Assert.Empty(await test.Client.GetGroupsAsync(["", " "], None));
        Assert.Equal(0, test.Stub.CallCount);
    }

    [Fact]
    public async Task Study_details_come_from_one_identifier_search_with_include()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Fixture("BundleWithInclude.snap.json"));

        var details = await test.Client.GetStudyDetailsAsync("2022-500014-26-00", None);

        Assert.Equal("https://eclaire.test/R4/ResearchStudy?identifier=2022-500014-26-00&_include=*", Assert.Single(test.Stub.Requests).Uri.AbsoluteUri);
        Assert.NotNull(details);
        Assert.Equal("2022-500014-26-00", details.Study.Id);
        Assert.Equal("2022-500014-26-00-enrollment-group", details.Group!.Id);
        Assert.Equal("2022-500014-26-00-0-site", Assert.Single(details.Sites).Id);
        Assert.Equal("ctis", details.Organization!.Id);
    }

    [Fact]
    public async Task Study_details_of_an_unknown_study_are_null()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json("""{"resourceType":"Bundle","type":"searchset","total":0}""", HttpStatusCode.NotFound));

        Assert.Null(await test.Client.GetStudyDetailsAsync("2099-A00000-00", None));
    }

    [Fact]
    public async Task Statistics_are_read_in_order()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json(Fixtures.Text("statistics_2026-04_from_doc_technique.json"), mediaType: "application/json"));

        var statistics = await test.Client.GetStatisticsAsync(None);

        Assert.Equal("https://eclaire.test/api/statistics", Assert.Single(test.Stub.Requests).Uri.AbsoluteUri);
        Assert.Equal(11, statistics.Entries.Count);
        Assert.Equal(9151, statistics.TotalActive);
    }

    [Fact]
    public async Task Batch_reads_issue_one_read_per_distinct_id_and_leave_unknown_ids_out()
    {
        using var test = TestClient.Answering(request => request.RequestUri!.AbsolutePath.EndsWith("-0-site", StringComparison.Ordinal)
            ? EclaireResponses.Fixture("FindLocation.snap.json")
            : StubHandler.Status(HttpStatusCode.NotFound));

        var sites = await test.Client.GetSitesAsync(["a-0-site", "b-1-site", "a-0-site", "c-0-site"], None);

        Assert.Equal(["a-0-site", "c-0-site"], sites.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, test.Stub.CallCount);
    }

    [Fact]
    public async Task Organizations_batch_reads_only_the_known_authorities()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Fixture("FindOrganization.snap.json"));

        var organizations = await test.Client.GetOrganizationsAsync(["ctis", "sponsor", "ctis"], None);

        Assert.Equal("ctis", Assert.Single(organizations).Key);
        Assert.Equal(1, test.Stub.CallCount);
    }

    [Fact]
    public async Task Bad_request_carries_the_operation_outcome_diagnostics_and_is_not_retried()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json(
            """{"resourceType":"OperationOutcome","text":{"status":"generated","div":"<div>x</div>"},"issue":[{"severity":"error","code":"not-found","diagnostics":"No mapping found for [titre] in order to sort on"}]}""",
            HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<EclaireBadRequestException>(() => test.Client.SearchStudiesAsync(new StudySearch { Text = "x" }, None));

        Assert.True(error.FromUpstream);
        Assert.Equal("No mapping found for [titre] in order to sort on", error.Diagnostics);
        Assert.Equal(1, test.Stub.CallCount);
    }

    [Fact]
    public async Task Bad_request_carries_the_nest_error_message()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json("""{"error":"Bad Request","message":"Invalid date: 2022-11-06T15:00"}""", HttpStatusCode.BadRequest, "application/json"));

        var error = await Assert.ThrowsAsync<EclaireBadRequestException>(() => test.Client.SearchStudiesAsync(new StudySearch(), None));

        Assert.Equal("Invalid date: 2022-11-06T15:00", error.Diagnostics);
    }

    [Fact]
    public async Task Client_side_refusals_send_nothing()
    {
        using var test = TestClient.Answering(_ => throw new InvalidOperationException("no call expected"));

        var error = await Assert.ThrowsAsync<EclaireBadRequestException>(() => test.Client.SearchStudiesAsync(new StudySearch { Count = 500 }, None));

        Assert.False(error.FromUpstream);
        Assert.Equal(0, test.Stub.CallCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.MethodNotAllowed)]
    public async Task Other_client_errors_are_never_retried(HttpStatusCode status)
    {
        using var test = TestClient.Answering(_ => StubHandler.Status(status));

        var error = await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Client.GetStudyAsync("x", None));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, test.Stub.CallCount);
    }

    [Fact]
    public async Task Unreadable_json_is_unavailable()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json("<html>maintenance</html>"));

        await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Client.GetStudyAsync("x", None));
    }

    [Theory]
    [InlineData("<html>maintenance</html>")]
    [InlineData("{\"Total_etudes\": 19053, \"Investigations")]
    [InlineData("[1, 2, 3]")]
    public async Task Unreadable_statistics_are_unavailable(string body)
    {
        using var test = TestClient.Answering(_ => StubHandler.Json(body, mediaType: "application/json"));

        await Assert.ThrowsAsync<EclaireUnavailableException>(() => test.Client.GetStatisticsAsync(None));
    }

    [Fact]
    public async Task Statistics_escaping_half_a_surrogate_pair_read_with_the_replacement_character()
    {
        // JSON may escape an unpaired surrogate, which .NET refuses to read as a string (InvalidOperationException, not JsonException).
        using var test = TestClient.Answering(_ => StubHandler.Json("""{"Total_etudes": 19053, "Cl\ud800": 3, "Etudes_en_cours_DM": "\udc00"}""", mediaType: "application/json"));

        var statistics = await test.Client.GetStatisticsAsync(None);

        Assert.Equal(19053, statistics.TotalStudies);
        Assert.Equal(["Total_etudes", "Cl\uFFFD"], statistics.Entries.Select(e => e.Key));
    }

    [Fact]
    public async Task A_refusal_escaping_half_a_surrogate_pair_keeps_its_reason()
    {
        using var test = TestClient.Answering(_ => StubHandler.Json("""{"statusCode":400,"message":["bad \ud800 query", "\udc00"]}""", HttpStatusCode.BadRequest, "application/json"));

        var refused = await Assert.ThrowsAsync<EclaireBadRequestException>(() => test.Client.SearchStudiesAsync(new StudySearch { Text = "x" }, None));

        Assert.Equal("bad \uFFFD query; \uFFFD", refused.Diagnostics);
    }

    [Fact]
    public async Task A_resource_escaping_half_a_surrogate_pair_reads_or_is_unavailable_never_a_crash()
    {
        var study = Fixtures.Text("ResearchStudy.snap.json").Replace("\"title\":\"A PHASE", "\"title\":\"\\ud800 A PHASE", StringComparison.Ordinal);
        Assert.Contains("\\ud800", study, StringComparison.Ordinal);
        using var test = TestClient.Answering(_ => EclaireResponses.Json(study));

        var exception = await Record.ExceptionAsync(() => test.Client.GetStudyAsync("2022-500014-26-00", None));

        Assert.True(exception is null or EclaireUnavailableException, exception?.ToString());
    }

    [Fact]
    public async Task Null_items_of_fhir_arrays_are_skipped()
    {
        // FHIR's JSON has no null array items, but a server may send them: each made its mapper throw a NullReferenceException.
        var study = Fixtures.Text("ResearchStudy.snap.json")
            .Replace("\"contact\":[", "\"contact\":[null,", StringComparison.Ordinal)
            .Replace("\"extension\":[", "\"extension\":[null,", StringComparison.Ordinal)
            .Replace("\"location\":[", "\"location\":[null,", StringComparison.Ordinal);
        var site = Fixtures.Text("FindLocation.snap.json").Replace("\"telecom\":[", "\"telecom\":[null,", StringComparison.Ordinal);
        var group = Fixtures.Text("FindGroup.snap.json").Replace("\"characteristic\":[", "\"characteristic\":[null,", StringComparison.Ordinal);
        Assert.All(new[] { study, site, group }, json => Assert.Contains("[null,", json, StringComparison.Ordinal));
        using var test = TestClient.Answering(request => EclaireResponses.Json(request.RequestUri!.AbsolutePath switch
        {
            var path when path.Contains("/Location/", StringComparison.Ordinal) => site,
            var path when path.Contains("/Group/", StringComparison.Ordinal) => group,
            _ => study,
        }));

        var read = await test.Client.GetStudyAsync("2022-500014-26-00", None);
        var readSite = await test.Client.GetSiteAsync("2022-500014-26-00-0-site", None);
        var readGroup = await test.Client.GetGroupAsync("2022-500014-26-00-enrollment-group", None);

        Assert.Single(read!.Contacts);
        Assert.Equal(8, read.Countries.Count);
        Assert.NotNull(readSite);
        Assert.NotNull(readGroup);
    }

    [Fact]
    public async Task Options_bind_from_the_eclaire_section_and_environment_variables()
    {
        var name = "ECLAIRE_TEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(name + "Eclaire__BaseUrl", "http://sandbox.local:5080/eclaire");
        Environment.SetEnvironmentVariable(name + "Eclaire__RateLimit__PermitsPerMinute", "42");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(name).Build();
            using var test = new TestClient((_, _, _) => Task.FromResult(EclaireResponses.Fixture("ResearchStudy.snap.json")), configuration: configuration);

            await test.Client.GetStudyAsync("2022-500014-26-00", None);

            Assert.Equal("http://sandbox.local:5080/eclaire/R4/ResearchStudy/2022-500014-26-00", Assert.Single(test.Stub.Requests).Uri.AbsoluteUri);
            Assert.Equal(41, test.Limiter.AvailablePermits);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name + "Eclaire__BaseUrl", null);
            Environment.SetEnvironmentVariable(name + "Eclaire__RateLimit__PermitsPerMinute", null);
        }
    }

    [Fact]
    public void Defaults_are_production_and_the_documented_budget()
    {
        var options = new EclaireOptions();

        Assert.Equal("https://eclaire-api.sante.gouv.fr/", options.BaseUrl.AbsoluteUri);
        Assert.Equal((90, 50), (options.RateLimit.PermitsPerMinute, options.RateLimit.QueueLimit));
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), 2), (options.TotalTimeout, options.AttemptTimeout, options.MaxRetryAttempts));
    }

    [Fact]
    public void Invalid_options_fail_when_the_client_is_built()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEclaireClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMinutes(5);
            o.RateLimit.PermitsPerMinute = 0;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IEclaireClient>());

        Assert.Contains(error.Failures, f => f.Contains("AttemptTimeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("PermitsPerMinute", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_carry_the_path_but_never_the_query_string_or_a_body()
    {
        using var test = TestClient.Answering(_ => EclaireResponses.Json("""{"error":"Bad Request","message":"secret-diagnostic"}""", HttpStatusCode.BadRequest));

        await Assert.ThrowsAsync<EclaireBadRequestException>(() => test.Client.SearchStudiesAsync(new StudySearch { Text = "patient-name-123" }, None));

        var lines = test.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("/R4/ResearchStudy answered 400", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("patient-name-123", StringComparison.Ordinal) || l.Contains("_text", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("secret-diagnostic", StringComparison.Ordinal));
    }
}
