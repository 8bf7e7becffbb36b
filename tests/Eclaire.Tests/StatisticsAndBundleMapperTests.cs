using System.Text.Json;
using Gateway.Eclaire.Mapping;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

public sealed class StatisticsAndBundleMapperTests
{
    [Fact]
    public void Statistics_map_every_key_of_the_real_sample_in_order()
    {
        using var document = JsonDocument.Parse(Fixtures.Bytes("statistics_2026-04_from_doc_technique.json"));

        var statistics = StatisticsMapper.Map(document.RootElement);

        Assert.Equal(
            [
                "Total_etudes", "Investigations_cliniques_(DM)", "Etudes_performance_(DMDIV)", "Essais_cliniques_médicament_(CTIS)",
                "Recherches_impliquant_personnes_humaines_(JARDE)", "Total_Etudes_à_démarrer", "Etudes_en_cours_DM",
                "Etudes_en_cours_DMDIV", "Etudes_en_cours_CTIS", "Etudes_en_cours_JARDE", "Total_Etudes_en_cours",
            ],
            statistics.Entries.Select(e => e.Key));
        Assert.Equal(
            (19053L, 907L, 94L, 3676L, 14376L, 3112L),
            (statistics.TotalStudies, statistics.DmStudies, statistics.DmDivStudies, statistics.CtisStudies, statistics.JardeStudies, statistics.TotalToStart));
        Assert.Equal(
            (437L, 46L, 2422L, 6246L, 9151L),
            (statistics.ActiveDmStudies, statistics.ActiveDmDivStudies, statistics.ActiveCtisStudies, statistics.ActiveJardeStudies, statistics.TotalActive));
    }

    [Fact]
    public void Statistics_read_the_seed_spelling_and_keep_unknown_keys()
    {
        using var document = JsonDocument.Parse("""{"Total_etudes":"10","RecherchesImpliquantPersonnesHumaines_(JARDE)":7,"Nouvelle_cle":3,"texte":"x"}""");

        var statistics = StatisticsMapper.Map(document.RootElement);

        Assert.Equal((10L, 7L, (long?)null), (statistics.TotalStudies, statistics.JardeStudies, statistics.TotalActive));
        Assert.Equal(["Total_etudes", "RecherchesImpliquantPersonnesHumaines_(JARDE)", "Nouvelle_cle"], statistics.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Include_bundle_maps_studies_and_related_resources()
    {
        var page = BundleMapper.Map(Fixtures.Bundle("BundleWithInclude.snap.json"), offset: 0, pageSize: 2);

        Assert.Equal(["2022-500014-26-00", "2022-500299-71-00"], page.Studies.Select(s => s.Id));
        Assert.Equal(2, page.Total);
        Assert.Null(page.NextOffset);
        Assert.Equal(["2022-500014-26-00-enrollment-group", "2022-500299-71-00-enrollment-group"], page.Groups.Select(g => g.Id));
        Assert.Equal("2022-500014-26-00-0-site", Assert.Single(page.Sites).Id);
        Assert.Equal("ctis", Assert.Single(page.Organizations).Id);

        var second = page.Studies[1];
        Assert.Equal((Domain.StudyStatus.Approved, "À DÉMARRER / PROROGÉE"), (second.Status, second.StatusLabel));
        Assert.Null(second.Title);
        Assert.Empty(second.Contacts);
        Assert.Null(second.LowIntervention);
        Assert.Equal(second.GroupId, page.Groups[1].Id);
        Assert.Null(page.Groups[1].PlannedSize);
    }

    [Fact]
    public void Plain_bundles_carry_no_related_resources()
    {
        var page = BundleMapper.Map(Fixtures.Bundle("BundleWithFilter.snap.json"), offset: 0, pageSize: 2);

        Assert.Equal("2022-500014-26-00", Assert.Single(page.Studies).Id);
        Assert.Empty(page.Groups);
        Assert.Empty(page.Sites);
        Assert.Empty(page.Organizations);
    }

    [Theory]
    [InlineData(0, 20, 19053, 20)]
    [InlineData(19040, 20, 19053, null)]
    [InlineData(9980, 20, 19053, null)]
    [InlineData(9960, 20, 19053, 9980)]
    [InlineData(0, 20, 20, null)]
    public void Next_offset_stops_at_the_end_and_at_the_result_window(int offset, int pageSize, int total, int? next)
    {
        var page = BundleMapper.Map(new Fhir.Bundle { Total = total, Entry = [] }, offset, pageSize);

        Assert.Equal(next, page.NextOffset);
    }

    [Fact]
    public void Entries_without_an_id_or_with_an_unknown_type_are_left_out()
    {
        var bundle = new Fhir.Bundle
        {
            Total = 1,
            Entry =
            [
                new Fhir.BundleEntry { Resource = new Fhir.ResearchStudy { Status = "active" } },
                new Fhir.BundleEntry { Resource = new Fhir.UnknownResource { Id = "p", TypeName = "Patient" } },
                new Fhir.BundleEntry { Resource = new Fhir.ResearchStudy { Id = "s1" } },
                new Fhir.BundleEntry { Resource = new Fhir.ResearchStudy { Id = "s1" } },
                new Fhir.BundleEntry { Resource = new Fhir.Group() },
            ],
        };

        var page = BundleMapper.Map(bundle, 0, 20);

        Assert.Equal("s1", Assert.Single(page.Studies).Id);
        Assert.Empty(page.Groups);
    }
}
