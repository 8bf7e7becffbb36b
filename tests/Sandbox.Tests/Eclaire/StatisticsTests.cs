using Gateway.Sandbox.Eclaire;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>
/// GET /api/statistics (API_BEHAVIOR.md section 7) on the default data set: the real figures, keys and order, how each
/// is counted; and the search's exact total over the whole registry (section 3).
/// </summary>
[Collection(DefaultDataSetCollection.Name)]
public sealed class StatisticsTests(DefaultDataSetFixture fixture)
{
    [Fact]
    public async Task The_default_data_set_has_the_real_registry_statistics_in_the_real_key_order()
    {
        var (status, contentType, body) = await Json.GetAsync(fixture.Host.Client, "/api/statistics");

        Assert.Equal(200, status);
        Assert.Equal("application/json; charset=utf-8", contentType);
        Assert.Equal(
            "{\"Total_etudes\":19053,\"Investigations_cliniques_(DM)\":907,\"Etudes_performance_(DMDIV)\":94,\"Essais_cliniques_médicament_(CTIS)\":3676,"
            + "\"Recherches_impliquant_personnes_humaines_(JARDE)\":14376,\"Total_Etudes_à_démarrer\":3112,\"Etudes_en_cours_DM\":437,\"Etudes_en_cours_DMDIV\":46,"
            + "\"Etudes_en_cours_CTIS\":2422,\"Etudes_en_cours_JARDE\":6246,\"Total_Etudes_en_cours\":9151}",
            body);
    }

    [Fact]
    public async Task The_statistics_are_counted_from_the_data_set()
    {
        var studies = fixture.Host.Services.GetRequiredService<EclaireSandbox>().DataSet.Studies;
        var statistics = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/api/statistics")).Body);

        Assert.Equal(studies.Count, statistics["Total_etudes"]!.GetValue<int>());
        Assert.Equal(studies.Count(s => s.Status == "approved"), statistics["Total_Etudes_à_démarrer"]!.GetValue<int>());
        Assert.Equal(studies.Count(s => s.Status == "active"), statistics["Total_Etudes_en_cours"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_regulation_is_counted_by_its_code_and_JARDE_is_the_remainder()
    {
        var studies = fixture.Host.Services.GetRequiredService<EclaireSandbox>().DataSet.Studies;
        var statistics = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/api/statistics")).Body);
        int Count(string key) => statistics[key]!.GetValue<int>();
        int Of(string code, bool activeOnly = false) => studies.Count(s => s.RegulationCode == code && (!activeOnly || s.Status == "active"));

        Assert.Equal(Of("REG745"), Count("Investigations_cliniques_(DM)"));
        Assert.Equal(Of("REG746"), Count("Etudes_performance_(DMDIV)"));
        Assert.Equal(Of("REG536"), Count("Essais_cliniques_médicament_(CTIS)"));
        Assert.Equal(
            Count("Total_etudes") - Count("Investigations_cliniques_(DM)") - Count("Etudes_performance_(DMDIV)") - Count("Essais_cliniques_médicament_(CTIS)"),
            Count("Recherches_impliquant_personnes_humaines_(JARDE)"));
        Assert.Equal(Of("REG745", activeOnly: true), Count("Etudes_en_cours_DM"));
        Assert.Equal(Of("REG746", activeOnly: true), Count("Etudes_en_cours_DMDIV"));
        Assert.Equal(Of("REG536", activeOnly: true), Count("Etudes_en_cours_CTIS"));
        Assert.Equal(Of("JARDE", activeOnly: true), Count("Etudes_en_cours_JARDE"));
        Assert.Equal(
            Count("Etudes_en_cours_DM") + Count("Etudes_en_cours_DMDIV") + Count("Etudes_en_cours_CTIS") + Count("Etudes_en_cours_JARDE"),
            Count("Total_Etudes_en_cours"));
    }

    [Fact]
    public async Task The_statistics_are_computed_once_and_served_from_memory()
    {
        // The API computes them at start-up (and again by its 06:00 cron) and answers from memory; the sandbox's data
        // set never changes, so every answer is the same document with the same entity tag.
        using var first = await fixture.Host.Client.GetAsync("/api/statistics");
        using var second = await fixture.Host.Client.GetAsync("/api/statistics");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_search_total_is_exact_beyond_the_result_window()
    {
        // total comes from a separate count: 19,053, not OpenSearch's capped 10,000.
        var bundle = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/R4/ResearchStudy?_count=1")).Body);

        Assert.Equal(19053, bundle["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Searching_by_status_agrees_with_the_statistics()
    {
        var statistics = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/api/statistics")).Body);
        var active = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/R4/ResearchStudy?status=active&_count=1")).Body);
        var ctis = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/R4/ResearchStudy?_must=REG536&_count=1")).Body);

        Assert.Equal(statistics["Total_Etudes_en_cours"]!.GetValue<int>(), active["total"]!.GetValue<int>());
        Assert.Equal(statistics["Essais_cliniques_médicament_(CTIS)"]!.GetValue<int>(), ctis["total"]!.GetValue<int>());
    }
}
