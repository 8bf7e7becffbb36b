using System.Globalization;
using Gateway.Tests.Posos.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Health data stays in memory for the request: with every log line captured at every level, a contraindication,
/// interaction, suggestion and eligibility query (answered, refused as invalid, and failing upstream) leaves no SNOMED
/// CT code, birth date, drug code, ingredient or measurement in the logs, while the logs do say what happened.
/// </summary>
public sealed class HealthDataTests(PososFixture posos) : IClassFixture<PososFixture>, IAsyncLifetime
{
    private static readonly string BirthDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-47).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] HealthData =
    [
        "77386006", "13200003", "197321007", BirthDate, "MV00003202", "3400932959358", "61052830", "67037301", "67997205",
        "WARFARINE", "B01AA", "37.5", "sitagliptine", "2999-01-01",
    ];

    private const string Query = """
        query PatientPage($drugs: [DrugInput!]!, $patient: PatientInput!) {
          contraindications(drugs: $drugs, patient: $patient, snomedInference: true) { designation drug { packagedDrug { code } } }
          interactions(drugs: [{ brandedDrug: { code: "67037301" } }, { brandedDrug: { code: "67997205" } }]) { designation }
          drugSuggestions(search: "sitagliptine", first: 3) { code label }
          studies(first: 10) { nodes { eclaireId eligibility(patient: $patient) { status reasons { code message } } } }
        }
        """;

    private static object Variables(string birthDate) => new
    {
        drugs = new object[] { new { clinicalDrug = new { code = "MV00003202" } }, new { packagedDrug = new { code = "3400932959358" } }, new { brandedDrug = new { code = "61052830" } } },
        patient = new
        {
            birthDate,
            sex = "F",
            conditions = new[] { new { coding = new { code = "77386006" } }, new { coding = new { code = "13200003" } }, new { coding = new { code = "197321007" } } },
            concurrentTreatments = new { ingredients = new[] { "WARFARINE" }, therapeuticClasses = new[] { "B01AA" } },
            continuousCriteria = new[] { new { type = "CREATININE_CLEARANCE", unit = "mL/min", value = 37.5 } },
        },
    };

    public Task InitializeAsync() => posos.ResetAsync();

    public Task DisposeAsync() => posos.Sandbox.ClearFaultsAsync();

    [Fact]
    public async Task No_health_data_reaches_the_logs()
    {
        var answered = await posos.QueryAsync(Query, Variables(BirthDate));
        var refused = await posos.QueryAsync(Query, Variables("2999-01-01"));
        await posos.Sandbox.SetFaultsAsync("""[{ "upstream": "posos", "statusCode": 500 }]""");
        var failed = await posos.QueryAsync(Query, Variables(BirthDate));

        answered.AssertNoErrors();
        Assert.NotEmpty(answered.Data.GetProperty("contraindications").EnumerateArray());
        Assert.Contains(refused.Errors, e => e.GetProperty("extensions").GetProperty("code").GetString() == "BAD_USER_INPUT");
        Assert.Contains(failed.Errors, e => e.GetProperty("extensions").GetProperty("code").GetString() == "UPSTREAM_UNAVAILABLE");

        var logs = posos.Logs.Lines;
        Assert.Contains(logs, line => line.Contains("getContraindications", StringComparison.Ordinal));
        Assert.Contains(logs, line => line.Contains("500", StringComparison.Ordinal));
        foreach (var value in HealthData)
        {
            var leaks = logs.Where(line => line.Contains(value, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"`{value}` is in the logs:\n" + string.Join('\n', leaks));
        }
    }

    [Fact]
    public async Task A_patient_sent_by_GET_stays_out_of_the_logs_though_the_request_line_holds_it()
    {
        // ASP.NET Core's request lines ("Request starting HTTP/1.1 GET http://localhost/graphql?query=...") carry the URL;
        // the logging here is at Trace for every category, as an operator might set it.
        var answered = await posos.GetAsync(Query, Variables(BirthDate));
        var literal = await posos.GetAsync("""{ contraindications(drugs: [{ brandedDrug: { code: "67037301" } }], patient: { birthDate: "1953-07-14", conditions: [{ coding: { code: "197321007" } }] }) { designation } }""");

        answered.AssertNoErrors();
        literal.AssertNoErrors();
        var logs = posos.Logs.Lines;
        Assert.Contains(logs, line => line.Contains("getContraindications", StringComparison.Ordinal));
        foreach (var value in HealthData.Append("1953-07-14"))
        {
            var leaks = logs.Where(line => line.Contains(value, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"`{value}` is in the logs:\n" + string.Join('\n', leaks));
        }
    }

    [Fact]
    public async Task Syntax_errors_do_not_repeat_a_misplaced_patient_value()
    {
        // A colon missing before the birth date, a condition code, a measurement: the parser stops on the value itself.
        string[] documents =
        [
            """{ contraindications(drugs: [{ clinicalDrug: { code: "MV00003202" } }], patient: { birthDate "1961-11-23" }) { designation } }""",
            """{ contraindications(drugs: [{ clinicalDrug: { code: "MV00003202" } }], patient: { conditions: [{ coding: { code "77386006" } }] }) { designation } }""",
            """{ contraindications(drugs: [{ clinicalDrug: { code "61052830" } }]) { designation } }""",
            """{ contraindications(drugs: [], patient: { continuousCriteria: [{ type: "WEIGHT", value 37.5 }] }) { designation } }""",
        ];

        foreach (var document in documents)
        {
            var response = await posos.QueryAsync(document);

            Assert.Equal("GRAPHQL_PARSE_FAILED", Assert.Single(response.ErrorCodes));
            foreach (var value in new[] { "1961-11-23", "77386006", "61052830", "37.5" })
            {
                Assert.DoesNotContain(value, response.Body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Error_messages_about_invalid_patient_values_do_not_repeat_them()
    {
        // A malformed date and a code of the wrong type as variables, and a malformed date as a literal.
        var variables = new
        {
            drugs = new object[] { new { clinicalDrug = new { code = "MV00003202" } } },
            patient = new { birthDate = "1980-13-45", sex = "F", conditions = new[] { new { coding = new { code = 77386006 } } } },
        };
        var byVariables = await posos.QueryAsync(
            "query ($drugs: [DrugInput!]!, $patient: PatientInput) { contraindications(drugs: $drugs, patient: $patient) { designation } }",
            variables);
        var byLiteral = await posos.QueryAsync(
            """{ contraindications(drugs: [{ clinicalDrug: { code: "MV00003202" } }], patient: { birthDate: "1977-02-31" }) { designation } }""");

        Assert.NotEmpty(byVariables.Errors);
        Assert.NotEmpty(byLiteral.Errors);
        foreach (var body in new[] { byVariables.Body, byLiteral.Body })
        {
            Assert.DoesNotContain("1980-13-45", body, StringComparison.Ordinal);
            Assert.DoesNotContain("77386006", body, StringComparison.Ordinal);
            Assert.DoesNotContain("1977-02-31", body, StringComparison.Ordinal);
        }

        Assert.Contains("birthDate", byVariables.Body, StringComparison.Ordinal);
    }
}
