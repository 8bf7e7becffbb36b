using System.Globalization;
using System.Text.Json;
using Gateway.Tests.Posos.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// One patient across both sources, against the sandbox on a real port: one query returns the patient's contraindication
/// alerts (Posos) and a page of studies with their eligibility (ECLAIRE's groups), for one Posos request and one
/// ECLAIRE search (the groups come with the search: <c>_include=*</c>), whatever the number of studies.
/// </summary>
public sealed class EligibilityTests(PososFixture posos) : IClassFixture<PososFixture>, IAsyncLifetime
{
    public const string PatientPage = """
        query PatientPage($drugs: [DrugInput!]!, $patient: PatientInput!) {
          contraindications(drugs: $drugs, patient: $patient) { designation type source { author } }
          studies(first: 50, where: { status: ACTIVE }, order: [{ eclaireId: ASC }]) {
            nodes {
              eclaireId
              recruitmentStatus
              group { genders ageRanges { low high } }
              eligibility(patient: $patient) { status reasons { code criterion status message } }
            }
          }
        }
        """;

    /// <summary>A 30-year-old pregnant woman taking sitagliptin.</summary>
    public static object Variables => new
    {
        drugs = new[] { new { clinicalDrug = new { code = "MV00003202" } } },
        patient = new
        {
            birthDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-30).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            sex = "F",
            conditions = new[] { new { coding = new { code = "77386006" } } },
        },
    };

    public Task InitializeAsync() => posos.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task One_query_returns_the_alerts_and_the_studies_the_patient_could_join_for_two_upstream_requests()
    {
        var response = await posos.QueryAsync(PatientPage, Variables);

        response.AssertNoErrors();
        Assert.Equal("""[{"designation":"Grossesse","type":"ABSOLUTE_CONTRAINDICATION","source":{"author":"RCP"}}]""", Json.Text(response.Data.GetProperty("contraindications")));
        var nodes = response.Data.GetProperty("studies").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, nodes.Count);
        Assert.Equal(1, await posos.EclaireRequestsAsync());
        Assert.Equal(1, await posos.PososRequestsAsync());

        // Each answer agrees with the group the same response shows.
        foreach (var node in nodes)
        {
            Assert.Equal(Expected(node.GetProperty("group")), node.GetProperty("eligibility").GetProperty("status").GetString());
        }

        var statuses = nodes.Select(n => n.GetProperty("eligibility").GetProperty("status").GetString()).ToHashSet();
        Assert.Contains("ELIGIBLE", statuses);
        Assert.Contains("NOT_ELIGIBLE", statuses);
    }

    [Fact]
    public async Task Eligibility_alone_brings_the_groups_with_the_one_search()
    {
        var response = await posos.QueryAsync(
            "query($patient: PatientInput!) { studies(first: 20) { nodes { eligibility(patient: $patient) { status } } } }",
            new { patient = new { sex = "M" } });

        response.AssertNoErrors();
        Assert.Equal(20, response.Data.GetProperty("studies").GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, await posos.EclaireRequestsAsync());
        Assert.Equal(1, (await posos.Sandbox.GetRequestsAsync())[Gateway.Tests.Support.UpstreamCounts.Search]);
    }

    [Fact]
    public async Task A_study_read_by_id_costs_one_search_with_its_group()
    {
        var response = await posos.QueryAsync(
            "query($patient: PatientInput!) { study(id: \"2023-A01356-18\") { eligibility(patient: $patient) { status reasons { code } } } }",
            new { patient = new { ageGroups = new[] { "ADULT" }, sex = "M" } });

        response.AssertNoErrors();
        Assert.Equal(JsonValueKind.Object, response.Data.GetProperty("study").GetProperty("eligibility").ValueKind);
        Assert.Equal(1, await posos.EclaireRequestsAsync());
        Assert.Equal(0, await posos.PososRequestsAsync());
    }

    // The rules, restated for a 30-year-old woman: an age range holding 30, and FEMALE among the genders.
    private static string Expected(JsonElement group)
    {
        if (group.ValueKind == JsonValueKind.Null)
        {
            return "UNKNOWN";
        }

        var ranges = group.GetProperty("ageRanges").EnumerateArray().ToList();
        var genders = group.GetProperty("genders").EnumerateArray().Select(g => g.GetString()).ToList();
        var age = ranges.Count == 0 ? (bool?)null
            : ranges.Any(r => (r.GetProperty("low").ValueKind == JsonValueKind.Null || r.GetProperty("low").GetInt32() <= 30)
                && (r.GetProperty("high").ValueKind == JsonValueKind.Null || r.GetProperty("high").GetInt32() >= 30));
        var sex = genders.Contains("FEMALE") ? true : genders.Contains("MALE") ? false : (bool?)null;
        return age == false || sex == false ? "NOT_ELIGIBLE" : age is null || sex is null ? "UNKNOWN" : "ELIGIBLE";
    }
}
