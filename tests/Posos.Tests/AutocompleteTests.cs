using System.Net;
using Gateway.Posos.Tests.Support;

namespace Gateway.Posos.Tests;

/// <summary>The REST autocomplete: query string, parsing, refusals.</summary>
public sealed class AutocompleteTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string Answer = """
        {
          "query": "doliprane 1000",
          "entity_type": "DRUG",
          "candidates": [
            { "id": "MV00001165", "name": "paracétamol 1 g comprimé", "drug_concept_level": "CLINICAL_DRUG", "similarity": 0.93 },
            { "id": 60950142, "name": "PARACETAMOL ZENTIVA LAB 1 g, comprimé", "drug_concept_level": "BRANDED_DRUG", "similarity": "0.71", "text_preprocessed": "paracetamol 1 g" },
            { "id": "x-without-name" },
            { "name": "without id" }
          ]
        }
        """;

    [Fact]
    public async Task Autocomplete_sends_query_entity_type_and_k_and_reads_the_candidates()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json(Answer));

        var result = await test.Client.AutocompleteAsync("  doliprane 1000 & co  ", PososEntityType.Drug, 5, None);

        var request = Assert.Single(test.Posos.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/autocomplete-api/autocomplete", request.Uri.AbsolutePath);
        Assert.Equal("?query=doliprane%201000%20%26%20co&entity_type=DRUG&k=5", request.Uri.Query);
        Assert.Equal("Bearer " + TestPosos.StaticToken, request.Authorization!.ToString());

        Assert.Equal(("doliprane 1000", "DRUG"), (result.Query, result.EntityType));
        Assert.Equal(
            [
                new PososAutocompleteCandidate("MV00001165", "paracétamol 1 g comprimé", "CLINICAL_DRUG", 0.93),
                new PososAutocompleteCandidate("60950142", "PARACETAMOL ZENTIVA LAB 1 g, comprimé", "BRANDED_DRUG", 0.71),
            ],
            result.Candidates);
    }

    [Fact]
    public async Task Condition_candidates_have_no_level()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json(
            """{"query":"grossesse","entity_type":"CONTRAINDICATION_TERRAIN","candidates":[{"id":"77386006","name":"Grossesse","similarity":1.0}]}"""));

        var result = await test.Client.AutocompleteAsync("grossesse", PososEntityType.ContraindicationTerrain, 10, None);

        Assert.Equal(new PososAutocompleteCandidate("77386006", "Grossesse", null, 1.0), Assert.Single(result.Candidates));
        Assert.Contains("entity_type=CONTRAINDICATION_TERRAIN", test.Posos.Requests[0].Uri.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PososEntityType.Drug, "DRUG")]
    [InlineData(PososEntityType.AdverseEffect, "ADVERSE_EFFECT")]
    [InlineData(PososEntityType.BrandedDrug, "BRANDED_DRUG")]
    [InlineData(PososEntityType.ClinicalDrug, "CLINICAL_DRUG")]
    [InlineData(PososEntityType.ClinicalIndication, "CLINICAL_INDICATION")]
    [InlineData(PososEntityType.ContraindicationTerrain, "CONTRAINDICATION_TERRAIN")]
    [InlineData(PososEntityType.Ingredient, "INGREDIENT")]
    [InlineData(PososEntityType.Specialty, "SPECIALTY")]
    public async Task Entity_types_have_their_posos_names(PososEntityType type, string wire)
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json("""{"candidates":[]}"""));

        var result = await test.Client.AutocompleteAsync("a", type, 1, None);

        Assert.Contains("entity_type=" + wire + "&", test.Posos.Requests[0].Uri.Query, StringComparison.Ordinal);
        Assert.Equal(wire, result.EntityType);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public async Task A_parameter_refused_by_posos_is_a_bad_request_naming_the_parameter()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json(
            """{"detail":[{"loc":["query","k"],"msg":"value is not a valid integer","type":"type_error.integer"}]}""",
            HttpStatusCode.UnprocessableEntity));

        var error = await Assert.ThrowsAsync<PososBadRequestException>(() => test.Client.AutocompleteAsync("a", PososEntityType.Drug, 3, None));

        Assert.Equal("k: value is not a valid integer", error.Diagnostics);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal(1, test.Posos.CallCount);
    }

    [Theory]
    [InlineData("", 10)]
    [InlineData("   ", 10)]
    [InlineData("doli", 0)]
    [InlineData("doli", 101)]
    public async Task Blank_queries_and_k_out_of_range_are_refused_without_a_call(string query, int k)
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json(Answer));

        var error = await Assert.ThrowsAsync<PososBadRequestException>(() => test.Client.AutocompleteAsync(query, PososEntityType.Drug, k, None));

        Assert.Null(error.StatusCode);
        Assert.Equal(0, test.Posos.CallCount);
    }

    [Fact]
    public async Task The_autocomplete_path_is_configurable()
    {
        using var test = TestPosos.Answering(
            _ => StubHandler.Json(Answer),
            new Dictionary<string, string?> { ["Posos:AutocompletePath"] = "/nlp/autocomplete" });

        await test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None);

        Assert.Equal("/nlp/autocomplete", test.Posos.Requests[0].Uri.AbsolutePath);
    }
}
