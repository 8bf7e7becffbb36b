using System.Text.Json.Nodes;
using Gateway.Sandbox.Eclaire;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>
/// <c>_text</c> and <c>_content</c>: OpenSearch's query_string (Lucene syntax, default operator OR) over
/// every field, the raw source record in text.div included.
/// </summary>
public sealed class FullTextSearchTests(SmallDataSetFixture fixture) : IClassFixture<SmallDataSetFixture>
{
    private readonly HttpClient _client = fixture.Host.Client;
    private readonly EclaireSandbox _sandbox = fixture.Host.Services.GetRequiredService<EclaireSandbox>();

    private async Task<HashSet<string>> Ids(string text)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_count=100&_text=" + Uri.EscapeDataString(text));
        if (status == 404)
        {
            return ids;
        }

        Assert.True(status == 200, text + ": " + body);
        var bundle = Json.Parse(body);
        Assert.True(bundle["total"]!.GetValue<int>() <= 100, "the test data set is small enough to fit one page");
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            ids.Add(entry!["resource"]!["id"]!.GetValue<string>());
        }

        return ids;
    }

    private async Task<int> Count(string parameter, string text)
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_count=1&" + parameter + "=" + Uri.EscapeDataString(text));
        return status == 404 ? 0 : Json.Parse(body)["total"]!.GetValue<int>();
    }

    [Fact]
    public async Task The_raw_record_makes_the_regulation_searchable()
    {
        var ctis = _sandbox.DataSet.Studies.Count(s => s.RegulationCode == "REG536");

        Assert.Equal(ctis, await Count("_text", "REG536"));
        Assert.True(await Count("_text", "JARDE") >= _sandbox.DataSet.Studies.Count(s => s.RegulationCode == "JARDE"));
    }

    [Fact]
    public async Task Content_is_the_same_as_text()
    {
        foreach (var text in new[] { "diabète", "asthme OR migraine", "\"insuffisance cardiaque\"" })
        {
            Assert.Equal(await Count("_text", text), await Count("_content", text));
        }
    }

    [Fact]
    public async Task Words_are_ORed_by_default_and_AND_NOT_combine_as_in_Lucene()
    {
        var asthma = await Ids("asthme");
        var migraine = await Ids("migraine");
        Assert.NotEmpty(asthma);
        Assert.NotEmpty(migraine);

        Assert.Equal(asthma.Union(migraine).Order(StringComparer.Ordinal), (await Ids("asthme migraine")).Order(StringComparer.Ordinal));
        Assert.Equal(asthma.Union(migraine).Order(StringComparer.Ordinal), (await Ids("asthme OR migraine")).Order(StringComparer.Ordinal));
        Assert.Equal(asthma.Intersect(migraine).Order(StringComparer.Ordinal), (await Ids("asthme AND migraine")).Order(StringComparer.Ordinal));
        Assert.Equal(asthma.Except(migraine).Order(StringComparer.Ordinal), (await Ids("asthme NOT migraine")).Order(StringComparer.Ordinal));
        Assert.Equal(asthma.Except(migraine).Order(StringComparer.Ordinal), (await Ids("asthme -migraine")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_query_of_exclusions_only_matches_everything_else()
    {
        var asthma = await Count("_text", "asthme");

        Assert.Equal(_sandbox.DataSet.Studies.Count - asthma, await Count("_text", "NOT asthme"));
    }

    [Fact]
    public async Task Quoted_phrases_need_the_words_together()
    {
        var phrase = await Ids("\"insuffisance cardiaque\"");
        var words = await Ids("insuffisance AND cardiaque");

        Assert.NotEmpty(phrase);
        Assert.Subset(words, phrase);
    }

    [Fact]
    public async Task A_trailing_star_is_a_prefix()
    {
        var prefix = await Ids("diab*");

        Assert.Superset(await Ids("diabète"), prefix);
        Assert.Superset(await Ids("diabétologie"), prefix);
    }

    [Fact]
    public async Task Accents_are_not_folded()
    {
        Assert.NotEqual(await Count("_text", "diabète"), await Count("_text", "diabete"));
    }

    [Fact]
    public async Task A_field_restricts_the_match()
    {
        var everywhere = await Ids("cardiologie");
        var inArea = await Ids("extension.valueString:cardiologie");

        Assert.NotEmpty(inArea);
        Assert.Subset(everywhere, inArea);
    }

    [Theory]
    [InlineData("(cancer")]
    [InlineData("cancer AND")]
    [InlineData("\"cancer")]
    [InlineData("AND cancer")]
    public async Task Syntax_errors_are_a_400_failed_to_parse_query(string text)
    {
        var (status, _, body) = await Json.GetAsync(_client, "/R4/ResearchStudy?_text=" + Uri.EscapeDataString(text));

        Assert.Equal(400, status);
        Assert.Equal("Failed to parse query [" + text + "]", Json.Parse(body)["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_study_id_analyzes_into_tokens_ORed_together()
    {
        var study = _sandbox.DataSet.Studies[^1];

        Assert.True(await Count("_text", study.Id) > 1);
        Assert.Equal([study.Id], await Ids("\"" + study.Id + "\""));
    }
}
