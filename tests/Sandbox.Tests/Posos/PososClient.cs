using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Gateway.Sandbox.Tests.Posos;

/// <summary>Posts GraphQL operations to the Posos stand-in.</summary>
public static class PososClient
{
    public static async Task<(int Status, string Body)> PostAsync(HttpClient client, object body, string? token = "sandbox-token", string path = "/aort/v1/graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public const string Alerts = """
        query alerts($drugs: [DrugInput], $patient: PatientInput, $types: [AlertType], $inference: Boolean) {
          getContraindications(drugs: $drugs, patient: $patient, types: $types, snomedInferrence: $inference) {
            designation type comment
            drug { clinicalDrug { code label inn terminology } brandedDrug { code label terminology } packagedDrug { code label terminology } }
            condition { designation modifiers codings { code label terminology } associatedConditions { designation modifiers codings { code label terminology } } }
            patient { gender ageGroups concurrentTreatments { ingredients procedures therapeuticClasses } continuousCriteria { type unit min max } }
            warnings { risk guidelines modifiers }
            source { author url }
          }
        }
        """;

    /// <summary>The alerts for drugs and a patient (variables as GraphQL expects them).</summary>
    public static async Task<JsonArray> AlertsAsync(HttpClient client, object drugs, object? patient = null, string[]? types = null, bool inference = false)
    {
        var (status, body) = await PostAsync(client, new { query = Alerts, variables = new { drugs, patient, types, inference } });
        Assert.True(status == 200, body);
        var result = JsonNode.Parse(body)!;
        Assert.True(result["errors"] is null, body);
        return result["data"]!["getContraindications"]!.AsArray();
    }

    public static IReadOnlyList<string> Designations(JsonArray alerts) => [.. alerts.Select(a => a!["designation"]!.GetValue<string>())];
}
