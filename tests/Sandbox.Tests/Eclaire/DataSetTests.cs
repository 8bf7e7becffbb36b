using System.Text.RegularExpressions;
using Gateway.Sandbox.Eclaire.Data;
using Gateway.Sandbox.Eclaire.Fhir;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>The generated data set: deterministic, in the real proportions, with the verbatim studies and realistic content.</summary>
public sealed partial class DataSetTests
{
    private static EclaireDataSet Build(int seed, double scale) =>
        EclaireDataSetBuilder.Build(new EclaireSandboxOptions { Seed = seed, Scale = scale });

    private static string StudyJson(EclaireDataSet dataSet, StudyRecord record) =>
        System.Text.Encoding.UTF8.GetString(JsonText.Write(w => dataSet.Documents(record).WriteStudy(w, resourceTypeFirst: false)));

    [Fact]
    public void The_same_seed_gives_the_same_studies_and_documents()
    {
        var first = Build(42, 0.01);
        var second = Build(42, 0.01);

        Assert.Equal(first.Studies.Select(s => s.Id), second.Studies.Select(s => s.Id));
        Assert.Equal(StudyJson(first, first.Studies[^1]), StudyJson(second, second.Studies[^1]));
    }

    [Fact]
    public void Another_seed_gives_other_studies()
    {
        var first = Build(1, 0.01);
        var second = Build(2, 0.01);

        Assert.NotEqual(first.Studies.Skip(6).Select(s => s.Id), second.Studies.Skip(6).Select(s => s.Id));
    }

    [Fact]
    public void The_scale_keeps_the_proportions_and_the_verbatim_studies()
    {
        var dataSet = Build(1, 0.1);
        var statistics = dataSet.Statistics;

        Assert.Equal(1906, statistics.Total);
        Assert.Equal(368, statistics.Ctis);
        Assert.Equal(91, statistics.MedicalDevice);
        Assert.Equal(9, statistics.InVitroDiagnostic);
        Assert.Equal(311, statistics.ToStart);
        Assert.Equal(916, statistics.Active);
        Assert.Equal(
            ["2022-500014-26-00", "2022-500299-71-00", "2021-A01563-38", "2021-A01022-39", "2022-500014-26-00-example", "fake-study-example"],
            dataSet.Studies.Take(6).Select(s => s.Id));
    }

    [Fact]
    public void The_test_fixtures_data_set_is_the_API_e2e_index()
    {
        var dataSet = EclaireDataSetBuilder.Build(new EclaireSandboxOptions { DataSet = EclaireDataSetKind.TestFixtures });

        Assert.Equal(["2022-500014-26-00", "2022-500299-71-00"], dataSet.Studies.Select(s => s.Id));
    }

    [Fact]
    public void Generated_studies_look_like_real_ones()
    {
        var dataSet = Build(3, 0.05);
        var generated = dataSet.Studies.Where(s => s.Verbatim is null).ToList();
        var contents = generated.Select(dataSet.Generator.Generate).ToList();

        Assert.All(generated, s => Assert.Matches(s.Regulation == Regulation.Ctis ? CtisId() : NationalId(), s.Id));
        Assert.Equal(generated.Count, generated.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(contents, c => Assert.InRange(c.Sites.Count, 0, 60));
        Assert.Contains(contents, c => c.Sites.Count > 20);
        Assert.All(contents.Where(c => c.Record.Regulation == Regulation.Ctis), c => Assert.Contains("FR", c.Countries));
        Assert.All(contents, c => Assert.NotEmpty(c.Eligibility));
        Assert.All(contents, c => Assert.Contains(c.Endpoints, e => !e.Exclude));
        Assert.Contains(contents, c => c.Meddra.Count > 0);
        Assert.Contains(contents, c => c.Summary is not null && c.Objectives is not null);
        Assert.Contains(contents, c => c.Identifiers.Any(i => i.Value.StartsWith("NCT0", StringComparison.Ordinal)));
        Assert.Contains(contents, c => c.PublicContact is not null);
        Assert.True(generated.Select(s => s.LastUpdated!.Value.Year).Distinct().Count() >= 5, "meta.lastUpdated spread over years");
        Assert.All(contents.Where(c => c.Record.Status == "approved"), c => Assert.NotEqual("Recrutement ouvert", c.RecruitmentStatusSource));
        Assert.All(contents, c => Assert.Equal(c.Record.LastUpdated!.Value.UtcDateTime.Date, c.History[^1].Date.ToDateTime(TimeOnly.MinValue)));
        Assert.All(contents, c => Assert.All(c.Approvals, a => Assert.True(a.Date <= c.History[^1].Date)));
        Assert.All(contents, c => Assert.Contains(c.Title, t => char.IsUpper(t)));
    }

    [Fact]
    public void The_narrative_is_the_source_record_with_all_its_fields()
    {
        var dataSet = Build(3, 0.01);
        var content = dataSet.Generator.Generate(dataSet.Studies[^1]);

        var div = SourceRecordText.Build(content, dataSet.Generator.Vocabulary);

        Assert.StartsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\"><h2>Données reçues avant modélisation FHIR</h2><ul><li> reglementation_code: ", div, StringComparison.Ordinal);
        foreach (var field in new[] { "precision_reglementation", "etat", "organisme_nom", "sites", "numero_primaire", "titre", "historique", "criteres_eligibilite", "criteres_jugement", "statut_recrutement", "date_fin_recrutement" })
        {
            Assert.Contains("<li> " + field + ": ", div, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^20(22|23|24|25|26)-5[0-9]{5}-[0-9]{2}-00$", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex CtisId();

    [GeneratedRegex(@"^20[0-9]{2}-(A0|00)[0-9]{4}-[0-9]{2}$", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex NationalId();
}
