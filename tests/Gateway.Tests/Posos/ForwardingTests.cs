using System.Text.Json;
using Gateway.Tests.Posos.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Only what the client selected reaches Posos: the sandbox records each operation it receives, and the gateway's
/// answer is read back by the client's response keys. Aliases kept, fragments (named, inline, nested) inlined,
/// <c>@skip</c>/<c>@include</c> applied with the variables, <c>__typename</c> answered by the gateway, the gateway's
/// names mapped to Posos's (<c>snomedInference</c> → <c>snomedInferrence</c>), arguments sent as variables.
/// </summary>
public sealed class ForwardingTests(PososFixture posos) : IClassFixture<PososFixture>, IAsyncLifetime
{
    private static readonly object Sitagliptin = new[] { new { clinicalDrug = new { code = "MV00003202" } } };

    private static readonly object Pregnant = new { conditions = new[] { new { coding = new { code = "77386006" } } } };

    public Task InitializeAsync() => posos.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Only_the_selected_field_is_asked_and_the_arguments_go_as_variables()
    {
        var response = await posos.QueryAsync(
            "query($drugs: [DrugInput!]!, $patient: PatientInput) { contraindications(drugs: $drugs, patient: $patient) { designation } }",
            new { drugs = Sitagliptin, patient = Pregnant });

        response.AssertNoErrors();
        Assert.Equal("""[{"designation":"Grossesse"}]""", Json.Text(response.Data.GetProperty("contraindications")));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Equal("/aort/v1/graphql", operation.Path);
        Assert.Equal("getContraindications", operation.OperationName);
        Assert.Equal(
            """
            query getContraindications($drugs: [DrugInput], $patient: PatientInput) {
              getContraindications(drugs: $drugs, patient: $patient) {
                designation
              }
            }
            """,
            operation.Query);
        Assert.Equal(
            """{"drugs":[{"clinicalDrug":{"code":"MV00003202","terminology":"posos"}}],"patient":{"conditions":[{"coding":{"code":"77386006"}}]}}""",
            Json.Text(operation.Variables));
    }

    [Fact]
    public async Task Aliases_fragments_directives_and_typename_are_handled()
    {
        const string query = """
            query Aliased($drugs: [DrugInput!]!, $patient: PatientInput, $withSource: Boolean!, $noComment: Boolean!) {
              alerts: contraindications(drugs: $drugs, patient: $patient, snomedInference: true, types: [ABSOLUTE_CONTRAINDICATION]) {
                __typename
                title: designation
                ...AlertLevel
                ... on AlertResult { drug { molecule: clinicalDrug { inn } } }
                ... @include(if: $withSource) { source { author } }
                comment @skip(if: $noComment)
                drug { clinicalDrug { code } }
                condition @skip(if: true) { designation }
                patient { ageGroups @include(if: false) }
              }
            }

            fragment AlertLevel on AlertResult { type drug { clinicalDrug { ...Codes } } }

            fragment Codes on CodingWithInn { label terminology }
            """;

        var response = await posos.QueryAsync(query, new { drugs = Sitagliptin, patient = Pregnant, withSource = true, noComment = false });

        response.AssertNoErrors();
        Assert.Equal(
            """[{"__typename":"AlertResult","title":"Grossesse","type":"ABSOLUTE_CONTRAINDICATION","drug":{"clinicalDrug":{"label":"Sitagliptine (phosphate) 50 mg comprimé","terminology":"posos","code":"MV00003202"},"molecule":{"inn":"sitagliptine"}},"source":{"author":"RCP"},"comment":null,"patient":{}}]""",
            Json.Text(response.Data.GetProperty("alerts")));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Equal(
            """
            query getContraindications($drugs: [DrugInput], $patient: PatientInput, $types: [AlertType], $snomedInferrence: Boolean) {
              getContraindications(
                drugs: $drugs
                patient: $patient
                types: $types
                snomedInferrence: $snomedInferrence
              ) {
                title: designation
                type
                drug {
                  clinicalDrug {
                    label
                    terminology
                    code
                  }
                  molecule: clinicalDrug {
                    inn
                  }
                }
                source {
                  author
                }
                comment
                patient {
                  __typename
                }
              }
            }
            """,
            operation.Query);
        Assert.Equal(
            """{"drugs":[{"clinicalDrug":{"code":"MV00003202","terminology":"posos"}}],"patient":{"conditions":[{"coding":{"code":"77386006"}}]},"types":["ABSOLUTE_CONTRAINDICATION"],"snomedInferrence":true}""",
            Json.Text(operation.Variables));
    }

    [Fact]
    public async Task Directives_skip_what_their_variables_say()
    {
        const string query = """
            query($drugs: [DrugInput!]!, $patient: PatientInput, $withSource: Boolean!, $noComment: Boolean!) {
              contraindications(drugs: $drugs, patient: $patient) {
                designation
                ... @include(if: $withSource) { source { author } }
                comment @skip(if: $noComment)
              }
            }
            """;

        var response = await posos.QueryAsync(query, new { drugs = Sitagliptin, patient = Pregnant, withSource = false, noComment = true });

        response.AssertNoErrors();
        Assert.Equal("""[{"designation":"Grossesse"}]""", Json.Text(response.Data.GetProperty("contraindications")));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.DoesNotContain("source", operation.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", operation.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("@", operation.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_root_field_merged_from_a_fragment_on_query_is_one_operation_with_both_selections()
    {
        const string query = """
            query($drugs: [DrugInput!]!, $patient: PatientInput) {
              ...Alerts
              contraindications(drugs: $drugs, patient: $patient) { comment source { url } }
            }

            fragment Alerts on Query {
              contraindications(drugs: $drugs, patient: $patient) { designation source { author } }
            }
            """;

        var response = await posos.QueryAsync(query, new { drugs = Sitagliptin, patient = Pregnant });

        response.AssertNoErrors();
        Assert.Equal(
            """[{"designation":"Grossesse","source":{"author":"RCP","url":"http://ec.europa.eu/health/documents/community-register/2022/20220902156865/anx_156865_fr.pdf"},"comment":null}]""",
            Json.Text(response.Data.GetProperty("contraindications")));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Contains("designation\n    source {\n      author\n      url\n    }\n    comment", operation.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_aliased_root_fields_are_two_operations_each_with_its_own_selection()
    {
        const string query = """
            query($drugs: [DrugInput!]!) {
              pregnant: contraindications(drugs: $drugs, patient: { conditions: [{ coding: { code: "77386006" } }] }) { designation }
              everyone: contraindications(drugs: $drugs) { type }
            }
            """;

        var response = await posos.QueryAsync(query, new { drugs = Sitagliptin });

        response.AssertNoErrors();
        Assert.Equal("""{"pregnant":[{"designation":"Grossesse"}],"everyone":[]}""", Json.Text(response.Data));
        var operations = await posos.OperationsAsync();
        Assert.Equal(2, operations.Count);
        Assert.Single(operations, o => o.Query.Contains("    designation\n", StringComparison.Ordinal) && o.Variables.TryGetProperty("patient", out _));
        Assert.Single(operations, o => o.Query.Contains("    type\n", StringComparison.Ordinal) && !o.Variables.TryGetProperty("patient", out _));
    }

    [Fact]
    public async Task Interactions_forward_their_selection_and_name_both_drugs()
    {
        const string query = """
            {
              interactions(drugs: [{ brandedDrug: { code: "67037301" } }, { brandedDrug: { code: "67997205" } }], types: [CONTRAINDICATION]) {
                designation
                level: type
                left { brandedDrug { code } }
                right { brandedDrug { code } }
              }
            }
            """;

        var response = await posos.QueryAsync(query);

        response.AssertNoErrors();
        Assert.Equal(
            """[{"designation":"Simvastatine <> Clarithromycine","level":"CONTRAINDICATION","left":{"brandedDrug":{"code":"67037301"}},"right":{"brandedDrug":{"code":"67997205"}}}]""",
            Json.Text(response.Data.GetProperty("interactions")));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Equal(
            """
            query getInteractions($drugs: [DrugInput], $types: [InteractionType]) {
              getInteractions(drugs: $drugs, types: $types) {
                designation
                level: type
                left {
                  brandedDrug {
                    code
                  }
                }
                right {
                  brandedDrug {
                    code
                  }
                }
              }
            }
            """,
            operation.Query);
        Assert.Equal(
            """{"drugs":[{"brandedDrug":{"code":"67037301","terminology":"cis"}},{"brandedDrug":{"code":"67997205","terminology":"cis"}}],"types":["CONTRAINDICATION"]}""",
            Json.Text(operation.Variables));
    }

    [Fact]
    public async Task One_drug_has_no_interaction_and_posos_is_not_asked()
    {
        var response = await posos.QueryAsync("""{ interactions(drugs: [{ brandedDrug: { code: "67037301" } }]) { designation } }""");

        response.AssertNoErrors();
        Assert.Equal(0, response.Data.GetProperty("interactions").GetArrayLength());
        Assert.Equal(0, await posos.PososRequestsAsync());
    }

    [Fact]
    public async Task The_patient_is_sent_whole_and_normalized()
    {
        const string query = """
            query($patient: PatientInput) {
              contraindications(drugs: [{ packagedDrug: { code: " 3400932959358 " } }], patient: $patient) { designation }
            }
            """;
        var patient = new
        {
            ageGroups = new[] { "ADULT" },
            birthDate = "1980-02-29",
            sex = "F",
            conditions = new[] { new { coding = new { code = "13200003", terminology = "snomed" } } },
            concurrentTreatments = new { ingredients = new[] { " WARFARINE " }, procedures = new[] { "Coloscopie " }, therapeuticClasses = new[] { "b01aa" } },
            continuousCriteria = new[] { new { type = "CREATININE_CLEARANCE", unit = "mL/min", value = 25.5 } },
        };

        var response = await posos.QueryAsync(query, new { patient });

        response.AssertNoErrors();
        Assert.Equal("AINS <> Ulcère gastroduodénal", response.Data.GetProperty("contraindications")[0].GetProperty("designation").GetString());
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Equal(
            """{"drugs":[{"packagedDrug":{"code":"3400932959358","terminology":"cip13"}}],"patient":{"ageGroups":["ADULT"],"birthDate":"1980-02-29","concurrentTreatments":{"ingredients":["WARFARINE"],"procedures":["Coloscopie"],"therapeuticClasses":["B01AA"]},"conditions":[{"coding":{"code":"13200003"}}],"sex":"F","continuousCriteria":[{"type":"CREATININE_CLEARANCE","unit":"mL/min","value":25.5}]}}""",
            Json.Text(operation.Variables));
        Assert.Equal(JsonValueKind.Object, operation.Variables.ValueKind);
    }

    [Theory]
    [InlineData("3295935", null, "cip7", "AINS <> Ulcère gastroduodénal")]
    [InlineData("3295935", "CIP7", "cip7", "AINS <> Ulcère gastroduodénal")]
    [InlineData("3400890001236", null, "ucd13", null)]
    [InlineData("3400890001236", "ucd13", "ucd13", null)]
    [InlineData("9000123", "ucd7", "ucd7", null)]
    public async Task A_packaged_drug_goes_with_its_terminology_cip7_ucd13_or_ucd7(string code, string? terminology, string sent, string? designation)
    {
        // Posos takes a drug as a CIP7/CIP13 presentation or a UCD7/UCD13 dispensing unit. The sandbox knows the BDPM's
        // CIP codes; UCD codes are not in any public data set, so it knows none and answers no alert for them.
        var response = await posos.QueryAsync(
            "query($drugs: [DrugInput!]!) { contraindications(drugs: $drugs, patient: { conditions: [{ coding: { code: \"13200003\" } }] }) { designation } }",
            new { drugs = new[] { new { packagedDrug = new { code, terminology } } } });

        response.AssertNoErrors();
        Assert.Equal(designation is null ? "[]" : $$"""[{"designation":"{{designation}}"}]""", Json.Text(response.Data.GetProperty("contraindications")));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Equal($$$"""[{"packagedDrug":{"code":"{{{code}}}","terminology":"{{{sent}}}"}}]""", Json.Text(operation.Variables.GetProperty("drugs")));
    }
}
