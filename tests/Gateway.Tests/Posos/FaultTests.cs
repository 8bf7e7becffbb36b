using System.Net;
using System.Text.Json;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Posos failing (injected by the sandbox on its routes): the Posos field is null with a coded error carrying
/// <c>extensions.upstream: "POSOS"</c>, the ECLAIRE fields of the same query still resolve, the status is 200, no
/// message carries a URL, a stack trace or the token, and no log line the token.
/// </summary>
public sealed class FaultTests(PososFixture posos) : IClassFixture<PososFixture>, IAsyncLifetime
{
    private const string StatisticsAndAlerts = """
        {
          statistics { totalStudies }
          contraindications(drugs: [{ clinicalDrug: { code: "MV00003202" } }], patient: { conditions: [{ coding: { code: "77386006" } }] }) { designation }
        }
        """;

    public static TheoryData<string, string> Faults => new()
    {
        { """{ "statusCode": 403 }""", "UPSTREAM_UNAUTHORIZED" },
        { """{ "statusCode": 500 }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "statusCode": 502 }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "statusCode": 503 }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "latencyMs": 60000 }""", "UPSTREAM_TIMEOUT" },
        { """{ "statusCode": 408 }""", "UPSTREAM_TIMEOUT" },
        { """{ "statusCode": 429 }""", "UPSTREAM_RATE_LIMITED" },
        { """{ "malformedBody": "truncated" }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "malformedBody": "garbage" }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "malformedBody": "html" }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "dropConnection": true }""", "UPSTREAM_UNAVAILABLE" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => posos.Sandbox.ClearFaultsAsync();

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_posos_nulls_contraindications_only(string fault, string code)
    {
        await posos.Sandbox.SetFaultsAsync("[" + WithRoute(fault, "POST /aort/v1/graphql") + "]");

        var response = await posos.QueryAsync(StatisticsAndAlerts);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
        Assert.True(response.Data.GetProperty("statistics").GetProperty("totalStudies").GetInt32() > 0);
        var error = Assert.Single(response.Errors);
        Assert.Equal(code, GraphQLResponse.CodeOf(error));
        Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
        Assert.Equal("contraindications", error.GetProperty("path")[0].GetString());
        AssertSafe(response);
    }

    [Theory]
    [InlineData("""{ "statusCode": 500 }""", "UPSTREAM_UNAVAILABLE")]
    [InlineData("""{ "statusCode": 403 }""", "UPSTREAM_UNAUTHORIZED")]
    [InlineData("""{ "malformedBody": "html" }""", "UPSTREAM_UNAVAILABLE")]
    public async Task A_failing_autocomplete_nulls_the_suggestions_only(string fault, string code)
    {
        await posos.Sandbox.SetFaultsAsync("[" + WithRoute(fault, "GET /autocomplete-api/autocomplete") + "]");

        var response = await posos.QueryAsync("""{ statistics { totalStudies } drugSuggestions(search: "glucophage") { code label } }""");

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("drugSuggestions").ValueKind);
        Assert.True(response.Data.GetProperty("statistics").GetProperty("totalStudies").GetInt32() > 0);
        var error = Assert.Single(response.Errors);
        Assert.Equal(code, GraphQLResponse.CodeOf(error));
        Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
        AssertSafe(response);
    }

    private static string WithRoute(string fault, string route) =>
        fault.Replace("{", $$"""{ "upstream": "posos", "route": "{{route}}", """, StringComparison.Ordinal).Replace(", }", " }", StringComparison.Ordinal);

    private void AssertSafe(GraphQLResponse response)
    {
        Assert.DoesNotContain(posos.Logs.Lines, line => line.Contains("sandbox-token", StringComparison.Ordinal));
        Assert.DoesNotContain("http://", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox-token", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", response.Body, StringComparison.Ordinal);
    }
}
