using Gateway.Sandbox.Eclaire;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>GET /api/statistics (API_BEHAVIOR.md section 7) on the default data set: the real figures, keys and order.</summary>
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
    public async Task Searching_by_status_agrees_with_the_statistics()
    {
        var statistics = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/api/statistics")).Body);
        var active = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/R4/ResearchStudy?status=active&_count=1")).Body);
        var ctis = Json.Parse((await Json.GetAsync(fixture.Host.Client, "/R4/ResearchStudy?_must=REG536&_count=1")).Body);

        Assert.Equal(statistics["Total_Etudes_en_cours"]!.GetValue<int>(), active["total"]!.GetValue<int>());
        Assert.Equal(statistics["Essais_cliniques_médicament_(CTIS)"]!.GetValue<int>(), ctis["total"]!.GetValue<int>());
    }
}
