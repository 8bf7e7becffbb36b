using System.Net;
using System.Text.Json;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// ECLAIRE failing (500s, timeouts, 429 with Retry-After, malformed JSON, dropped connections, injected by the
/// sandbox on one route at a time): the field that needed the failing call is null with a coded error, the other
/// fields still resolve, the HTTP status is 200, and no message carries a URL or a stack trace.
/// </summary>
public sealed class FaultInjectionTests(FaultFixture gateway) : IClassFixture<FaultFixture>, IAsyncLifetime
{
    private const string StatisticsAndStudies = """
        {
          statistics { totalStudies ctisStudies }
          studies(first: 5) { totalCount nodes { eclaireId title } }
        }
        """;

    public static TheoryData<string, string> SearchFaults => new()
    {
        { """{ "statusCode": 500 }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "statusCode": 503 }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "statusCode": 502 }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "latencyMs": 60000 }""", "UPSTREAM_TIMEOUT" },
        { """{ "statusCode": 408 }""", "UPSTREAM_TIMEOUT" },
        { """{ "statusCode": 429 }""", "UPSTREAM_RATE_LIMITED" },
        { """{ "malformedBody": "truncated" }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "malformedBody": "garbage" }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "malformedBody": "html" }""", "UPSTREAM_UNAVAILABLE" },
        { """{ "dropConnection": true }""", "UPSTREAM_UNAVAILABLE" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await gateway.Sandbox.ClearFaultsAsync();
        await gateway.Sandbox.SetThrottlerAsync(false);
    }

    [Theory]
    [MemberData(nameof(SearchFaults))]
    public async Task A_failing_search_nulls_studies_only_and_statistics_still_come(string fault, string code)
    {
        await gateway.Sandbox.SetFaultsAsync("[" + WithRoute(fault, UpstreamCounts.Search) + "]");

        var response = await gateway.QueryAsync(StatisticsAndStudies);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("studies").ValueKind);
        Assert.True(response.Data.GetProperty("statistics").GetProperty("totalStudies").GetInt32() > 0);
        var error = Assert.Single(response.Errors);
        Assert.Equal(code, GraphQLResponse.CodeOf(error));
        Assert.Equal("ECLAIRE", error.GetProperty("extensions").GetProperty("upstream").GetString());
        AssertSafe(response);
    }

    [Theory]
    [MemberData(nameof(SearchFaults))]
    public async Task Failing_statistics_null_statistics_only_and_studies_still_come(string fault, string code)
    {
        await gateway.Sandbox.SetFaultsAsync("[" + WithRoute(fault, UpstreamCounts.Statistics) + "]");

        var response = await gateway.QueryAsync(StatisticsAndStudies);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("statistics").ValueKind);
        Assert.Equal(5, response.Data.GetProperty("studies").GetProperty("nodes").GetArrayLength());
        Assert.Equal(code, GraphQLResponse.CodeOf(response.ErrorAt("statistics")));
        AssertSafe(response);
    }

    [Fact]
    public async Task A_429_with_retry_after_from_eclaires_throttler_is_rate_limited_with_the_delay()
    {
        // ECLAIRE's own throttler: one request a minute per client, then 429 with Retry-After (longer than the gateway waits).
        await gateway.Sandbox.SetThrottlerAsync(true, permitLimit: 1, windowSeconds: 60);
        await gateway.QueryAsync("{ statistics { totalStudies } }");

        var response = await gateway.QueryAsync("{ statistics { totalStudies } }");

        var error = response.ErrorAt("statistics");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("UPSTREAM_RATE_LIMITED", GraphQLResponse.CodeOf(error));
        Assert.InRange(error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32(), 1, 60);
        AssertSafe(response);
    }

    [Fact]
    public async Task A_failing_nested_read_nulls_that_field_and_keeps_its_parent()
    {
        await gateway.Sandbox.SetFaultsAsync("[" + WithRoute("""{ "statusCode": 500 }""", UpstreamCounts.ReadStudy) + "]");

        var response = await gateway.QueryAsync("""
            {
              site(id: "2023-A01356-18-0-site") { name study { title } }
              group(id: "2023-A01356-18-enrollment-group") { plannedSize }
            }
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(string.IsNullOrEmpty(response.Data.GetProperty("site").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("site").GetProperty("study").ValueKind);
        Assert.True(response.Data.GetProperty("group").GetProperty("plannedSize").GetInt32() > 0);
        var error = Assert.Single(response.Errors);
        Assert.Equal(["site", "study"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("UPSTREAM_UNAVAILABLE", GraphQLResponse.CodeOf(error));
    }

    [Fact]
    public async Task Failing_relations_of_a_study_null_the_relations_only()
    {
        // The study comes from a read by id; its relations need the search, which fails.
        await gateway.Sandbox.SetFaultsAsync("[" + WithRoute("""{ "statusCode": 503 }""", UpstreamCounts.Search) + "]");

        var response = await gateway.QueryAsync("""
            { group(id: "2023-A01356-18-enrollment-group") { study { title } } }
            """);
        var nested = await gateway.QueryAsync("""
            { group(id: "2023-A01356-18-enrollment-group") { plannedSize study { title sites { name } } } }
            """);

        response.AssertNoErrors();
        Assert.Equal(HttpStatusCode.OK, nested.Status);
        Assert.True(nested.Data.GetProperty("group").GetProperty("plannedSize").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, nested.Data.GetProperty("group").GetProperty("study").ValueKind);
        Assert.Equal("UPSTREAM_UNAVAILABLE", GraphQLResponse.CodeOf(nested.ErrorAt("group")));
    }

    [Fact]
    public async Task An_intermittent_failure_is_retried_and_answers()
    {
        // Half the searches fail; one retry makes most queries succeed, and none is ever a 500.
        await gateway.Sandbox.SetFaultsAsync("[" + WithRoute("""{ "statusCode": 500, "errorRate": 0.5 }""", UpstreamCounts.Search) + "]");

        var responses = new List<GraphQLResponse>();
        for (var i = 0; i < 10; i++)
        {
            // Distinct searches (no coalescing), none needing the sandbox's full-text index.
            responses.Add(await gateway.QueryAsync("query($first: Int!) { studies(first: $first) { totalCount } }", new { first = i + 1 }));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.True(responses.Count(r => r.Errors.Count == 0) >= 5, string.Join("\n", responses.Select(r => r.Body)));
        Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal(["UPSTREAM_UNAVAILABLE"], r.ErrorCodes));
    }

    private static string WithRoute(string fault, string route) =>
        fault.Insert(fault.IndexOf('{', StringComparison.Ordinal) + 1, $" \"upstream\": \"eclaire\", \"route\": \"{route}\",");

    private static void AssertSafe(GraphQLResponse response)
    {
        foreach (var error in response.Errors)
        {
            var message = error.GetProperty("message").GetString()!;
            Assert.DoesNotContain("http", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("127.0.0.1", message, StringComparison.Ordinal);
        }
    }
}
