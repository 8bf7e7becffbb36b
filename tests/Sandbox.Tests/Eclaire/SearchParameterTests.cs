using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Sandbox.Eclaire;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>
/// GET /R4/ResearchStudy, one test per parameter behaviour of API_BEHAVIOR.md section 2 (controller checks,
/// converter, quirks), on a small generated data set (base URL https://eclaire-api.sante.gouv.fr/).
/// </summary>
public sealed class SearchParameterTests(SmallDataSetFixture fixture) : IClassFixture<SmallDataSetFixture>
{
    private const string Base = "https://eclaire-api.sante.gouv.fr/R4/ResearchStudy?";
    private readonly HttpClient _client = fixture.Host.Client;
    private readonly EclaireSandbox _sandbox = fixture.Host.Services.GetRequiredService<EclaireSandbox>();

    private int Total => _sandbox.DataSet.Studies.Count;

    private async Task<JsonNode> Bundle(string query)
    {
        var (status, contentType, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?" + query);
        Assert.True(status == 200, $"{query}: {status} {body}");
        Assert.Equal("application/fhir+json; charset=utf-8", contentType);
        return Json.Parse(body);
    }

    private static List<string> Ids(JsonNode bundle) =>
        [.. bundle["entry"]!.AsArray().Where(e => e!["resource"]!["resourceType"]!.GetValue<string>() == "ResearchStudy").Select(e => e!["resource"]!["id"]!.GetValue<string>())];

    private static List<string> Links(JsonNode bundle) =>
        [.. bundle["link"]!.AsArray().Select(l => l!["relation"]!.GetValue<string>() + " " + l["url"]!.GetValue<string>())];

    [Fact]
    public async Task Count_defaults_to_20_and_is_appended_to_the_self_link()
    {
        var bundle = await Bundle(string.Empty);

        Assert.Equal(20, Ids(bundle).Count);
        Assert.Equal(Total, bundle["total"]!.GetValue<int>());
        Assert.Equal(["self " + Base + "_count=20", "next " + Base + "_count=20&_getpagesoffset=20"], Links(bundle));
    }

    [Theory]
    [InlineData("101")]
    [InlineData("abc")]
    [InlineData("1000")]
    public async Task Count_above_100_or_not_a_number_is_a_400_with_the_real_message(string count)
    {
        var (status, contentType, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_count=" + count);

        Assert.Equal(400, status);
        Assert.Equal("application/fhir+json; charset=utf-8", contentType);
        Assert.Equal("{\"error\":\"Bad Request\",\"message\":\"_count ne peut pas dépasser 100\"}", body);
    }

    [Fact]
    public async Task Count_is_read_like_JavaScript_does_parseInt_for_the_check_and_Number_for_the_size()
    {
        // parseInt("0x1A") = 0 passes the check; Number("0x1A") = 26 becomes the page size.
        var bundle = await Bundle("_count=0x1A");

        Assert.Equal(26, Ids(bundle).Count);
        Assert.Equal("next " + Base + "_count=26&_getpagesoffset=26", Links(bundle)[1]);
    }

    [Fact]
    public async Task Count_100_is_accepted()
    {
        Assert.Equal(100, Ids(await Bundle("_count=100")).Count);
    }

    [Fact]
    public async Task Paging_follows_next_links_built_like_the_repository()
    {
        var first = await Bundle("status=active&_count=5");
        var next = Links(first)[1];
        Assert.Equal("next " + Base + "status=active&_count=5&_getpagesoffset=5", next);

        var second = await Bundle("status=active&_count=5&_getpagesoffset=5");
        Assert.Empty(Ids(first).Intersect(Ids(second), StringComparer.Ordinal));
        Assert.Equal(["self " + Base + "status=active&_count=5&_getpagesoffset=5", "next " + Base + "status=active&_count=5&_getpagesoffset=10"], Links(second));
    }

    [Fact]
    public async Task A_page_past_the_end_has_no_entries_and_no_links()
    {
        var bundle = await Bundle("_getpagesoffset=" + (Total + 5).ToString(CultureInfo.InvariantCulture));

        Assert.Empty(bundle["entry"]!.AsArray());
        Assert.Empty(bundle["link"]!.AsArray());
        Assert.Equal(Total, bundle["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_last_page_has_a_self_link_and_no_next()
    {
        var offset = Total - 3;
        var bundle = await Bundle("_getpagesoffset=" + offset.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(3, Ids(bundle).Count);
        Assert.Single(Links(bundle));
    }

    [Fact]
    public async Task The_default_sort_is_lastUpdated_descending_then_id_descending()
    {
        var bundle = await Bundle("_count=100");
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        for (var i = 1; i < resources.Count; i++)
        {
            var previous = Updated(resources[i - 1]);
            var current = Updated(resources[i]);
            Assert.True(previous > current || (previous == current && string.CompareOrdinal(Id(resources[i - 1]), Id(resources[i])) > 0));
        }
    }

    [Fact]
    public async Task Sort_ascending_on_lastUpdated()
    {
        var dates = (await Bundle("_sort=meta.lastUpdated&_count=50"))["entry"]!.AsArray().Select(e => Updated(e!["resource"]!)).ToList();

        Assert.Equal([.. dates.Order()], dates);
    }

    [Fact]
    public async Task Sort_keeps_only_the_last_item_and_a_leading_minus_means_descending()
    {
        var ids = Ids(await Bundle("_sort=-meta.lastUpdated,-_id&_count=50"));

        Assert.Equal([.. ids.OrderDescending(StringComparer.Ordinal)], ids);
        Assert.Equal([.. _sandbox.DataSet.Studies.Select(s => s.Id).OrderDescending(StringComparer.Ordinal).Take(50)], ids);
    }

    [Fact]
    public async Task Sort_on_a_text_field_is_OpenSearch_error_400()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_sort=title");
        var outcome = Json.Parse(body);

        Assert.Equal(400, status);
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        Assert.StartsWith("Text fields are not optimised for operations that require per-document field data", outcome["issue"]![0]!["diagnostics"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sort_on_an_unknown_field_is_a_400_no_mapping()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_sort=nothing");

        Assert.Equal(400, status);
        Assert.Equal(
            "{\"resourceType\":\"OperationOutcome\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">No mapping found for [nothing] in order to sort on</div>\"},\"issue\":[{\"severity\":\"error\",\"code\":\"not-found\",\"diagnostics\":\"No mapping found for [nothing] in order to sort on\"}]}",
            body);
    }

    [Theory]
    [InlineData("ge", true)]
    [InlineData("gt", false)]
    [InlineData("le", true)]
    [InlineData("lt", false)]
    public async Task LastUpdated_prefixes_are_ranges(string prefix, bool inclusive)
    {
        var pivot = _sandbox.DataSet.Studies[Total / 2].LastUpdated!.Value;
        var day = pivot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = _sandbox.DataSet.Studies.Count(s => s.LastUpdated is { } d && (d == pivot ? inclusive : (prefix is "ge" or "gt" ? d > pivot : d < pivot)));

        var bundle = await Bundle("_lastUpdated=" + prefix + day);

        Assert.Equal(expected, bundle["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task LastUpdated_without_prefix_or_with_eq_is_the_exact_day()
    {
        var day = _sandbox.DataSet.Studies[Total / 3].LastUpdated!.Value;
        var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = _sandbox.DataSet.Studies.Count(s => s.LastUpdated == day);

        Assert.Equal(expected, (await Bundle("_lastUpdated=" + text))["total"]!.GetValue<int>());
        Assert.Equal(expected, (await Bundle("_lastUpdated=eq" + text))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task LastUpdated_ne_matches_nothing()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_lastUpdated=ne2024-01-01");

        Assert.Equal(404, status);
        Assert.Equal("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}", body);
    }

    [Theory]
    [InlineData("ge2022-11-06T15:00", "Invalid date: 2022-11-06T15:00")]
    [InlineData("2023-13-01", "Invalid date: 2023-13-01")]
    [InlineData("2023-02-30", "Invalid date: 2023-02-30")]
    [InlineData("d", "Invalid date: d")]
    public async Task LastUpdated_dates_must_be_strict_calendar_days(string value, string message)
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_lastUpdated=" + value);

        Assert.Equal(400, status);
        Assert.Equal("{\"error\":\"Bad Request\",\"message\":\"" + message + "\"}", body);
    }

    [Fact]
    public async Task LastUpdated_with_a_space_passes_the_check_then_fails_in_OpenSearch()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_lastUpdated=ge%202023-01-01");

        Assert.Equal(400, status);
        Assert.Equal(
            "failed to parse date field [ 2023-01-01] with format [strict_date_optional_time||epoch_millis]: [failed to parse date field [ 2023-01-01] with format [strict_date_optional_time||epoch_millis]]",
            Json.Parse(body)["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_repeated_lastUpdated_with_a_prefix_crashes_the_controller_500()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_lastUpdated=ge2020-01-01&_lastUpdated=le2024-01-01");

        Assert.Equal(500, status);
        Assert.Equal("{\"statusCode\":500,\"message\":\"Internal server error\"}", body);
    }

    [Fact]
    public async Task Identifier_is_the_exact_study_id()
    {
        var study = _sandbox.DataSet.Studies[Total - 1];

        var bundle = await Bundle("identifier=" + study.Id);

        Assert.Equal([study.Id], Ids(bundle));
    }

    [Fact]
    public async Task Status_is_exact_and_case_sensitive()
    {
        var active = _sandbox.DataSet.Studies.Count(s => s.Status == "active");

        Assert.Equal(active, (await Bundle("status=active"))["total"]!.GetValue<int>());
        Assert.Equal(404, (await Json.GetAsync(_client, "/R4/ResearchStudy?status=Active")).Status);
    }

    [Fact]
    public async Task Zero_hits_is_a_404_with_an_empty_searchset()
    {
        var (status, contentType, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?identifier=0000-A00000-00");

        Assert.Equal(404, status);
        Assert.Equal("application/fhir+json; charset=utf-8", contentType);
        Assert.Equal("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}", body);
    }

    [Fact]
    public async Task The_result_window_stops_at_10000()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_getpagesoffset=9990&_count=11");

        Assert.Equal(400, status);
        Assert.Equal(
            "Result window is too large, from + size must be less than or equal to: [10000] but was [10001]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.",
            Json.Parse(body)["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_negative_offset_is_an_OpenSearch_error()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_getpagesoffset=-5");

        Assert.Equal(400, status);
        Assert.Equal("[from] parameter cannot be negative, found [-5]", Json.Parse(body)["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task Include_appends_group_locations_and_organization_of_each_study_in_order()
    {
        var bundle = await Bundle("_include=*&_count=3");
        var entries = bundle["entry"]!.AsArray().Select(e => e!["fullUrl"]!.GetValue<string>()).ToList();
        var studies = Ids(bundle);
        var expected = new List<string>();
        foreach (var id in studies)
        {
            expected.Add("https://eclaire-api.sante.gouv.fr/R4/ResearchStudy/" + id);
        }

        var included = new List<string>();
        foreach (var id in studies)
        {
            var record = _sandbox.DataSet.Find(id)!;
            included.Add("https://eclaire-api.sante.gouv.fr/R4/Group/" + id + "-enrollment-group");
            for (var i = 0; i < record.SiteCount; i++)
            {
                included.Add("https://eclaire-api.sante.gouv.fr/R4/Location/" + id + "-" + i.ToString(CultureInfo.InvariantCulture) + "-site");
            }

            included.Add("https://eclaire-api.sante.gouv.fr/R4/Organization/" + record.OrganizationId);
        }

        // Duplicates (the organizations) are removed keeping the last occurrence.
        expected.AddRange(included.Where((url, index) => included.LastIndexOf(url) == index));
        Assert.Equal(expected, entries);
        Assert.All(bundle["entry"]!.AsArray(), e => Assert.Equal("resourceType", Json.Keys(e!["resource"])[0]));
    }

    [Theory]
    [InlineData("_include=ResearchStudy:site")]
    [InlineData("_include=*&_include=*")]
    public async Task Only_a_single_include_star_includes_anything(string query)
    {
        var bundle = await Bundle(query + "&_count=5");

        Assert.Equal(5, bundle["entry"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_empty_parameter_stops_the_handling_of_every_parameter_after_it()
    {
        var ignored = await Bundle("_text=&status=active");
        var applied = await Bundle("status=active&_text=");

        Assert.Equal(Total, ignored["total"]!.GetValue<int>());
        Assert.Equal(_sandbox.DataSet.Studies.Count(s => s.Status == "active"), applied["total"]!.GetValue<int>());
        Assert.StartsWith("self " + Base + "_text=&status=active&_count=20", Links(ignored)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Include_is_read_from_every_parameter_even_after_an_empty_one()
    {
        var bundle = await Bundle("status=&_include=*&_count=2");

        Assert.True(bundle["entry"]!.AsArray().Count > 2);
    }

    [Fact]
    public async Task Count_after_an_empty_parameter_is_in_the_links_but_not_applied()
    {
        var bundle = await Bundle("x=&_count=3");

        Assert.Equal(20, Ids(bundle).Count);
        Assert.Equal("next " + Base + "x=&_count=20&_getpagesoffset=20", Links(bundle)[1]);
    }

    [Fact]
    public async Task Parameters_are_kept_in_request_order_in_the_links_and_encoded_like_URLSearchParams()
    {
        var bundle = await Bundle("_text=cancer%20du%20sein&_sort=-meta.lastUpdated&_count=2");

        Assert.Equal("self " + Base + "_text=cancer+du+sein&_sort=-meta.lastUpdated&_count=2", Links(bundle)[0]);
    }

    [Fact]
    public async Task An_unknown_parameter_is_a_match_on_that_field()
    {
        var study = _sandbox.DataSet.Studies[Total - 2];
        var title = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/" + study.Id)).Body)["title"]!.GetValue<string>();
        var word = title.Split(' ').Where(w => w.Length > 8).OrderByDescending(w => w.Length).First();

        var bundle = await Bundle("title=" + Uri.EscapeDataString(word) + "&_count=100");

        Assert.Contains(study.Id, Ids(bundle));
        Assert.Equal(404, (await Json.GetAsync(_client, "/R4/ResearchStudy?nosuchfield=cancer")).Status);
    }

    [Fact]
    public async Task Id_as_a_parameter_is_an_analyzed_match_that_finds_more_than_the_study()
    {
        var study = _sandbox.DataSet.Studies[Total - 2];

        var bundle = await Bundle("id=" + study.Id + "&_count=100");

        Assert.Contains(study.Id, Ids(bundle));
        Assert.True(bundle["total"]!.GetValue<int>() > 1);
    }

    [Fact]
    public async Task Hidden_must_and_mustNot_filter_on_the_regulation_code()
    {
        var ctis = _sandbox.DataSet.Studies.Count(s => s.RegulationCode == "REG536");
        var others = _sandbox.DataSet.Studies.Count(s => s.RegulationCode is not null && s.RegulationCode != "REG536");

        Assert.Equal(ctis, (await Bundle("_must=REG536"))["total"]!.GetValue<int>());
        Assert.Equal(others, (await Bundle("_mustNot=REG536"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nested_fields_never_match_as_parameters()
    {
        var area = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/" + _sandbox.DataSet.Studies[Total - 2].Id)).Body)["extension"]!.AsArray()
            .First(e => e!["url"]!.GetValue<string>().EndsWith("eclaire-therapeutic-area", StringComparison.Ordinal))!["valueString"]!.GetValue<string>();

        Assert.True((await Bundle("extension.valueString=" + Uri.EscapeDataString(area)))["total"]!.GetValue<int>() > 0);
        foreach (var query in new[] { "category.coding.code=REG536", "phase.coding.code=phase-III", "condition.text=cancer" })
        {
            var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?" + query);
            Assert.True(status == 404, query + ": " + status);
            Assert.Equal("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}", body);
        }
    }

    [Fact]
    public async Task Status_takes_a_single_value()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?status=active&status=completed");

        Assert.Equal(400, status);
        Assert.Equal("[term] query does not support array of values", Json.Parse(body)["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_after_reads_from_the_sort_values_and_resets_the_offset()
    {
        var sorted = _sandbox.DataSet.Studies.Select(s => s.Id).Order(StringComparer.Ordinal).ToList();

        // _getpagesoffset before search_after is overridden: search_after sets from = 0.
        var bundle = await Bundle("_getpagesoffset=50&_sort=_id&search_after=" + sorted[4] + "&_count=3");

        Assert.Equal(sorted.Skip(5).Take(3), Ids(bundle));
        Assert.Equal(Total, bundle["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_after_needs_one_value_per_sort_key()
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_sort=_id&search_after=a,b");

        Assert.Equal(400, status);
        Assert.Equal("search_after has 2 value(s) but sort has 1.", Json.Parse(body)["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hidden_should_clauses_need_one_of_them_to_match()
    {
        var oldest = _sandbox.DataSet.Studies.Where(s => s.LastUpdated is not null).MinBy(s => s.LastUpdated)!;
        var pivot = _sandbox.DataSet.Studies[Total / 2].LastUpdated!.Value;
        var day = pivot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var recent = _sandbox.DataSet.Studies.Count(s => s.LastUpdated > pivot);
        var otherStatus = oldest.Status == "active" ? "completed" : "active";

        Assert.Equal([oldest.Id], Ids(await Bundle("_shouldId=" + oldest.Id)));
        Assert.Equal(recent + 1, (await Bundle("_shouldId=" + oldest.Id + "&_shouldLastUpdated=gt" + day))["total"]!.GetValue<int>());
        Assert.Equal(recent, (await Bundle("_shouldLastUpdated=gt" + day))["total"]!.GetValue<int>());

        // The should clauses add to the other criteria (minimum_should_match 1), they do not replace them.
        Assert.Equal(404, (await Json.GetAsync(_client, "/R4/ResearchStudy?status=" + otherStatus + "&_shouldId=" + oldest.Id)).Status);
    }

    [Fact]
    public async Task Next_links_carry_each_requests_own_count_when_requests_interleave()
    {
        // API_BEHAVIOR 4 infers that the real repository keeps the page size in a singleton field, so simultaneous
        // requests could get each other's _count in their next link. The sandbox does not reproduce that race: each
        // request's links are built from its own parameters.
        var requests = Enumerable.Range(0, 20).Select(async i =>
        {
            var count = 2 + (i % 5);
            var bundle = await Bundle("_count=" + count.ToString(CultureInfo.InvariantCulture));
            return (count, next: Links(bundle)[1]);
        });

        foreach (var (count, next) in await Task.WhenAll(requests))
        {
            var size = count.ToString(CultureInfo.InvariantCulture);
            Assert.Equal("next " + Base + "_count=" + size + "&_getpagesoffset=" + size, next);
        }
    }

    [Fact]
    public async Task The_search_also_answers_with_a_trailing_slash()
    {
        Assert.Equal(Total, Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy/")).Body)["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Other_methods_get_NestJS_404()
    {
        using var response = await _client.PostAsync("/R4/ResearchStudy", new StringContent("{}"));

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("{\"message\":\"Cannot POST /R4/ResearchStudy\",\"error\":\"Not Found\",\"statusCode\":404}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Express_etags_answer_304_to_if_none_match()
    {
        using var first = await _client.GetAsync("/api/statistics");
        var tag = first.Headers.ETag!.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statistics");
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        using var second = await _client.SendAsync(request);

        Assert.StartsWith("W/\"", tag, StringComparison.Ordinal);
        Assert.Equal(304, (int)second.StatusCode);
    }

    private static DateTimeOffset Updated(JsonNode resource) =>
        DateTimeOffset.Parse(resource["meta"]!["lastUpdated"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static string Id(JsonNode resource) => resource["id"]!.GetValue<string>();
}
