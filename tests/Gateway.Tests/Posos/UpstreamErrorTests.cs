using System.Text.Json;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Posos's own GraphQL errors, from a scripted Posos: re-pathed under the gateway's field (its alias and list indices
/// included), located in the client's document (Posos's locations dropped), <c>extensions.upstream: "POSOS"</c>, the
/// message kept but for the request's health data; partial data kept; request errors on the field itself; values
/// outside Posos's schema null only their field.
/// </summary>
public sealed class UpstreamErrorTests(ScriptedPososFixture gateway) : IClassFixture<ScriptedPososFixture>, IAsyncLifetime
{
    public Task InitializeAsync()
    {
        gateway.Posos.Mode = ScriptedMode.Canned;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        gateway.Posos.Mode = ScriptedMode.Canned;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_field_error_below_the_root_is_re_pathed_under_the_gateway_field_with_partial_data()
    {
        gateway.Posos.Mode = ScriptedMode.FieldError;
        const string query = """
            {
              alerts: contraindications(drugs: [{ packagedDrug: { code: "3400932959358" } }]) {
                designation
                d: drug {
                  p: packagedDrug { code }
                  clinicalDrug { inn }
                }
              }
            }
            """;

        var response = await gateway.QueryAsync(query);

        Assert.Equal(
            """[{"designation":"Metformine <> Insuffisance rénale sévère","d":{"p":null,"clinicalDrug":{"inn":"metformine"}}},{"designation":"Sitagliptine <> Grossesse","d":{"p":null,"clinicalDrug":{"inn":"sitagliptine"}}}]""",
            Json.Text(response.Data.GetProperty("alerts")));
        var error = Assert.Single(response.Errors);
        Assert.Equal("""["alerts",0,"d","p"]""", Json.Text(error.GetProperty("path")));
        Assert.Equal("""[{"line":5,"column":7}]""", Json.Text(error.GetProperty("locations")));
        Assert.Equal("No presentation […] in the catalogue.", error.GetProperty("message").GetString());
        Assert.Equal("UPSTREAM_UNAVAILABLE", GraphQLResponse.CodeOf(error));
        Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
    }

    [Fact]
    public async Task An_error_on_posos_s_root_field_is_the_gateway_field_s_error_and_siblings_resolve()
    {
        gateway.Posos.Mode = ScriptedMode.RootFieldError;
        const string query = """
            {
              contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { designation }
              interactions(drugs: [{ brandedDrug: { code: "67037301" } }, { brandedDrug: { code: "67997205" } }]) { designation }
            }
            """;

        var response = await gateway.QueryAsync(query);

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
        Assert.Equal("Simvastatine <> Clarithromycine", response.Data.GetProperty("interactions")[0].GetProperty("designation").GetString());
        var error = Assert.Single(response.Errors);
        Assert.Equal("""["contraindications"]""", Json.Text(error.GetProperty("path")));
        Assert.Equal("""[{"line":2,"column":3}]""", Json.Text(error.GetProperty("locations")));
        Assert.Equal("The contraindication engine is down.", error.GetProperty("message").GetString());
        Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
    }

    [Fact]
    public async Task A_request_error_with_a_bad_user_input_code_is_bad_user_input_and_never_repeats_the_patient()
    {
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (400, """{"errors":[{"message":"Variable \"$patient\" got invalid value \"1980-02-29\" at \"patient.birthDate\"; 77386006 unknown.","locations":[{"line":1,"column":40}],"extensions":{"code":"BAD_USER_INPUT","exception":{"stacktrace":["at Posos.Engine"]}}}]}""");
        const string query = """
            { contraindications(drugs: [{ brandedDrug: { code: "61052830" } }], patient: { birthDate: "1980-02-29", conditions: [{ coding: { code: "77386006" } }] }) { designation } }
            """;

        var response = await gateway.QueryAsync(query);

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
        var error = Assert.Single(response.Errors);
        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(error));
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("upstreamCode").GetString());
        Assert.Equal("Variable \"$patient\" got invalid value \"[…]\" at \"patient.birthDate\"; […] unknown.", error.GetProperty("message").GetString());
        Assert.DoesNotContain("stacktrace", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("1980-02-29", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("77386006", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"detail":"Un des paramètres passés dans la requête est invalide : 77386006 (patient né le 1980-02-29)."}""", "Posos refused the request: Un des paramètres passés dans la requête est invalide : […] (patient né le […]).")]
    [InlineData("""{"message":"Unknown drug 61052830"}""", "Posos refused the request: Unknown drug […]")]
    [InlineData("Bad Request", "Posos refused the request.")]
    public async Task Posos_s_documented_400_is_bad_user_input_and_never_repeats_the_patient(string body, string message)
    {
        // Posos's document: « 400 — Un des paramètres passés dans la requête est invalide », without a GraphQL error list.
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (400, body);
        const string query = """
            { contraindications(drugs: [{ brandedDrug: { code: "61052830" } }], patient: { birthDate: "1980-02-29", conditions: [{ coding: { code: "77386006" } }] }) { designation } }
            """;

        var response = await gateway.QueryAsync(query);

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
        var error = Assert.Single(response.Errors);
        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(error));
        Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
        Assert.Equal("""["contraindications"]""", Json.Text(error.GetProperty("path")));
        Assert.Equal(message, error.GetProperty("message").GetString());
        foreach (var value in new[] { "1980-02-29", "77386006", "61052830" })
        {
            Assert.DoesNotContain(value, response.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_value_outside_posos_s_schema_nulls_that_field_only()
    {
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (200, """{"data":{"getContraindications":[{"designation":"Grossesse","type":"SOMETHING_NEW","comment":{"unexpected":true}}]}}""");

        var response = await gateway.QueryAsync("""{ contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { designation type comment } }""");

        Assert.Equal("""[{"designation":"Grossesse","type":null,"comment":null}]""", Json.Text(response.Data.GetProperty("contraindications")));
        Assert.Equal(2, response.Errors.Count);
        Assert.All(response.Errors, e => Assert.Equal("UPSTREAM_UNAVAILABLE", GraphQLResponse.CodeOf(e)));
        Assert.Contains(response.Errors, e => Json.Text(e.GetProperty("path")) == """["contraindications",0,"type"]""");
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString() == "Posos sent `AlertResult.comment` as something other than a string.");
    }

    [Fact]
    public async Task Half_a_surrogate_pair_escaped_by_posos_reads_as_the_replacement_character()
    {
        // JSON may escape an unpaired surrogate ("\ud800"), which .NET refuses to read as a string: every field and
        // message of Posos's answer ended INTERNAL_SERVER_ERROR.
        var logged = gateway.Logs.Lines.Count;
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (200, """{"data":{"getContraindications":[{"designation":"Grossesse \ud800","type":"PRECAUTION","comment":"\udc00\ud83d\ude00 \\ud800"}]},"errors":[{"message":"Alert \ud800 partial","path":["getContraindications",0,"comment"],"extensions":{"code":"\ud800"}}]}""");

        var response = await gateway.QueryAsync("""{ contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { designation type comment } }""");

        Assert.Equal("Grossesse \uFFFD", response.Data.GetProperty("contraindications")[0].GetProperty("designation").GetString());
        Assert.Equal("PRECAUTION", response.Data.GetProperty("contraindications")[0].GetProperty("type").GetString());
        Assert.Equal("\uFFFD😀 \\ud800", response.Data.GetProperty("contraindications")[0].GetProperty("comment").GetString());
        var error = Assert.Single(response.Errors);
        Assert.Equal("Alert \uFFFD partial", error.GetProperty("message").GetString());
        Assert.Equal("UPSTREAM_UNAVAILABLE", GraphQLResponse.CodeOf(error));
        Assert.DoesNotContain(gateway.Logs.Lines.Skip(logged), line => line.StartsWith("Error ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_null_alert_nulls_the_list_with_posos_s_error_at_its_index()
    {
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (200, """{"data":{"getContraindications":[{"designation":"Grossesse"},null]},"errors":[{"message":"Alert 2 failed.","path":["getContraindications",1],"locations":[{"line":3,"column":5}]}]}""");

        var response = await gateway.QueryAsync("""{ statistics: __typename contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { designation } }""");

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
        Assert.Equal("Query", response.Data.GetProperty("statistics").GetString());
        var posos = Assert.Single(response.Errors, e => e.GetProperty("message").GetString() == "Alert 2 failed.");
        Assert.Equal("""["contraindications",1]""", Json.Text(posos.GetProperty("path")));
        Assert.Equal("POSOS", posos.GetProperty("extensions").GetProperty("upstream").GetString());
        Assert.Contains(response.Errors, e => GraphQLResponse.CodeOf(e) == "INVALID_RESULT");
    }

    [Fact]
    public async Task An_answer_without_the_root_field_is_unavailable()
    {
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (200, """{"data":{"somethingElse":[]}}""");

        var response = await gateway.QueryAsync("""{ contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { designation } }""");

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
        Assert.Equal("UPSTREAM_UNAVAILABLE", GraphQLResponse.CodeOf(Assert.Single(response.Errors)));
    }

    [Fact]
    public async Task French_labels_of_posos_s_documentation_read_as_the_enum_values()
    {
        // Posos's documented answer shows `"type": "Contre-indication Absolue"`; its enum tables label the values
        // « Contra-indication absolue », « Précaution d’emploi »..., « Homme » / « Femme », « Prématuré »... « Sénior », and
        // its Patient table « Senior ». Every one of them reads as its value.
        gateway.Posos.Mode = ScriptedMode.Raw;
        gateway.Posos.RawAnswer = (200, """
            {"data":{"getContraindications":[
              {"type":"ABSOLUTE_CONTRAINDICATION","patient":{"gender":"F","ageGroups":["ADULT","SENIOR"]}},
              {"type":"Contre-indication Absolue","patient":{"gender":"Homme","ageGroups":[]}},
              {"type":"Contra-indication absolue","patient":{"gender":"Femme","ageGroups":["Prématuré","Nouveau-né","Nourrisson"]}},
              {"type":"Contra-indication relative","patient":{"gender":"M","ageGroups":["Enfant","Adolescent"]}},
              {"type":"Précaution d’emploi","patient":{"ageGroups":["Adulte","Sénior","Senior"]}},
              {"type":"Précaution d'emploi"},
              {"type":"Mise en garde"}
            ]}}
            """);

        var response = await gateway.QueryAsync("""{ contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { type patient { gender ageGroups } } }""");

        response.AssertNoErrors();
        Assert.Equal(
            """[{"type":"ABSOLUTE_CONTRAINDICATION","patient":{"gender":"F","ageGroups":["ADULT","SENIOR"]}},{"type":"ABSOLUTE_CONTRAINDICATION","patient":{"gender":"M","ageGroups":[]}},{"type":"ABSOLUTE_CONTRAINDICATION","patient":{"gender":"F","ageGroups":["PREMATURE","NEWBORN","INFANT"]}},{"type":"RELATIVE_CONTRAINDICATION","patient":{"gender":"M","ageGroups":["CHILD","ADOLESCENT"]}},{"type":"PRECAUTION","patient":{"gender":null,"ageGroups":["ADULT","SENIOR","SENIOR"]}},{"type":"PRECAUTION","patient":null},{"type":"WARNING","patient":null}]""",
            Json.Text(response.Data.GetProperty("contraindications")));
    }
}
