using System.Text.Json;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Invalid inputs are <c>BAD_USER_INPUT</c> before any upstream call: each error names the argument
/// (<c>extensions.argument</c>) and says what is expected, never repeating the value; Posos receives nothing.
/// </summary>
public sealed class InputValidationTests(PososFixture posos) : IClassFixture<PososFixture>, IAsyncLifetime
{
    private const string Drug = """{ clinicalDrug: { code: "MV00003202" } }""";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "an empty drug list", "contraindications(drugs: []) { designation }", "drugs" },
        { "a terminology unknown at the drug's level", """contraindications(drugs: [{ clinicalDrug: { code: "MV00003202", terminology: "atc" } }]) { designation }""", "drugs[0].clinicalDrug.terminology" },
        { "an unknown packaged drug terminology", """contraindications(drugs: [{ packagedDrug: { code: "3400932959358", terminology: "gtin" } }]) { designation }""", "drugs[0].packagedDrug.terminology" },
        { "a condition terminology other than SNOMED CT", $$"""contraindications(drugs: [{{Drug}}], patient: { conditions: [{ coding: { code: "77386006", terminology: "ICD10" } }] }) { designation }""", "patient.conditions[0].coding.terminology" },
        { "a birth date in the future", $$"""contraindications(drugs: [{{Drug}}], patient: { birthDate: "2999-01-01" }) { designation }""", "patient.birthDate" },
        { "a birth date 200 years ago", $$"""contraindications(drugs: [{{Drug}}], patient: { birthDate: "1825-06-01" }) { designation }""", "patient.birthDate" },
        { "a CIP13 with a wrong check digit", """contraindications(drugs: [{ packagedDrug: { code: "3400932959359" } }]) { designation }""", "drugs[0].packagedDrug.code" },
        { "a UCD13 that is not one", """contraindications(drugs: [{ packagedDrug: { code: "3400932959358", terminology: "ucd13" } }]) { designation }""", "drugs[0].packagedDrug.code" },
        { "a CIS of 7 digits", """contraindications(drugs: [{ brandedDrug: { code: "6105283" } }]) { designation }""", "drugs[0].brandedDrug.code" },
        { "a CIS given as a clinical drug", """contraindications(drugs: [{ clinicalDrug: { code: "61052830" } }]) { designation }""", "drugs[0].clinicalDrug.code" },
        { "a blank code", """contraindications(drugs: [{ brandedDrug: { code: "  " } }]) { designation }""", "drugs[0].brandedDrug.code" },
        { "a SNOMED CT code with a wrong check digit", $$"""contraindications(drugs: [{{Drug}}], patient: { conditions: [{ coding: { code: "77386007" } }] }) { designation }""", "patient.conditions[0].coding.code" },
        { "age groups excluding each other", $$"""contraindications(drugs: [{{Drug}}], patient: { ageGroups: [CHILD, SENIOR] }) { designation }""", "patient.ageGroups" },
        { "a birth date outside the age groups", $$"""contraindications(drugs: [{{Drug}}], patient: { birthDate: "1950-01-01", ageGroups: [INFANT] }) { designation }""", "patient.birthDate" },
        { "a measurement range upside down", $$"""contraindications(drugs: [{{Drug}}], patient: { continuousCriteria: [{ type: "CREATININE_CLEARANCE", min: 60, max: 30 }] }) { designation }""", "patient.continuousCriteria[0]" },
        { "a measurement without a value", $$"""contraindications(drugs: [{{Drug}}], patient: { continuousCriteria: [{ type: "WEIGHT", unit: "kg" }] }) { designation }""", "patient.continuousCriteria[0]" },
        { "a measurement without a type", $$"""contraindications(drugs: [{{Drug}}], patient: { continuousCriteria: [{ type: " ", value: 80 }] }) { designation }""", "patient.continuousCriteria[0].type" },
        { "a malformed ATC code", $$"""contraindications(drugs: [{{Drug}}], patient: { concurrentTreatments: { therapeuticClasses: ["B01A1"] } }) { designation }""", "patient.concurrentTreatments.therapeuticClasses[0]" },
        { "a blank ingredient", $$"""contraindications(drugs: [{{Drug}}], patient: { concurrentTreatments: { ingredients: [""] } }) { designation }""", "patient.concurrentTreatments.ingredients[0]" },
        { "an empty type filter", $$"""contraindications(drugs: [{{Drug}}], types: []) { designation }""", "types" },
        { "interactions of no drug", "interactions(drugs: []) { designation }", "drugs" },
        { "interactions with an empty level filter", $$"""interactions(drugs: [{{Drug}}, {{Drug}}], types: []) { designation }""", "types" },
        { "a blank search", """drugSuggestions(search: "   ") { code }""", "search" },
        { "a search of 201 characters", $$"""conditionSuggestions(search: "{{new string('a', 201)}}") { code }""", "search" },
        { "no suggestion asked", """conditionSuggestions(search: "grossesse", first: 0) { code }""", "first" },
        { "too many suggestions asked", """drugSuggestions(search: "doliprane", first: 101) { code }""", "first" },
    };

    public Task InitializeAsync() => posos.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_invalid_input_is_bad_user_input_before_any_upstream_call(string what, string field, string argument)
    {
        var response = await posos.QueryAsync("{ " + field + " }");

        var error = Assert.Single(response.Errors);
        Assert.True(GraphQLResponse.CodeOf(error) == "BAD_USER_INPUT", what + ": " + response.Body);
        Assert.Equal(argument, error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.StartsWith("`" + argument + "` ", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Data.EnumerateObject().Single().Value.ValueKind);
        Assert.Equal(0, await posos.PososRequestsAsync());
        Assert.Equal(0, await posos.EclaireRequestsAsync());
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_and_no_value_is_repeated()
    {
        const string query = """
            {
              contraindications(
                drugs: [{ packagedDrug: { code: "3400932959359" } }, { brandedDrug: { code: "6105283" } }]
                patient: { birthDate: "2999-12-31", conditions: [{ coding: { code: "77386007" } }] }
              ) { designation }
            }
            """;

        var response = await posos.QueryAsync(query);

        Assert.Equal(
            ["drugs[0].packagedDrug.code", "drugs[1].brandedDrug.code", "patient.birthDate", "patient.conditions[0].coding.code"],
            response.Errors.Select(e => e.GetProperty("extensions").GetProperty("argument").GetString()));
        Assert.All(response.Errors, e => Assert.Equal("""["contraindications"]""", Json.Text(e.GetProperty("path"))));
        foreach (var value in new[] { "3400932959359", "6105283", "2999-12-31", "77386007" })
        {
            Assert.DoesNotContain(value, string.Join('\n', response.Errors.Select(e => e.GetProperty("message").GetString())), StringComparison.Ordinal);
        }

        Assert.Equal(0, await posos.PososRequestsAsync());
    }

    [Fact]
    public async Task A_drug_at_two_levels_is_refused_as_a_one_of_input()
    {
        var response = await posos.QueryAsync(
            "query($drugs: [DrugInput!]!) { contraindications(drugs: $drugs) { designation } }",
            new { drugs = new[] { new { clinicalDrug = new { code = "MV00003202" }, brandedDrug = new { code = "61052830" } } } });

        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(Assert.Single(response.Errors)));
        Assert.Equal(0, await posos.PososRequestsAsync());
    }

    [Fact]
    public async Task An_invalid_patient_nulls_each_eligibility_and_the_studies_still_come()
    {
        const string query = """
            {
              studies(first: 2) { nodes { eclaireId eligibility(patient: { birthDate: "2999-01-01" }) { status } } }
            }
            """;

        var response = await posos.QueryAsync(query);

        var nodes = response.Data.GetProperty("studies").GetProperty("nodes");
        Assert.Equal(2, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.GetProperty("eligibility").ValueKind));
        Assert.Equal(2, response.Errors.Count);
        Assert.All(response.Errors, e => Assert.Equal("patient.birthDate", e.GetProperty("extensions").GetProperty("argument").GetString()));
        Assert.Equal(0, await posos.PososRequestsAsync());
    }
}
