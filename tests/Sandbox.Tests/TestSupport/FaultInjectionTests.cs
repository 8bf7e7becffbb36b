using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Sandbox.Tests.TestSupport;

/// <summary>PUT/DELETE /_sandbox/faults: latency, error rate, status codes, malformed bodies, dropped connections.</summary>
public sealed class FaultInjectionTests
{
    private static async Task<SandboxHost> Host() => await SandboxHost.StartE2eIndexAsync();

    private static async Task Configure(HttpClient client, string json)
    {
        using var response = await client.PutAsync("/_sandbox/faults", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_status_code_rule_answers_in_the_upstream_s_style_on_its_route_only()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"upstream":"eclaire","route":"GET /api/statistics","statusCode":503}]}""");

        var (status, contentType, body) = await Json.GetAsync(host.Client, "/api/statistics");
        var other = await Json.GetAsync(host.Client, "/R4/ResearchStudy/2022-500014-26-00");

        Assert.Equal(503, status);
        Assert.Equal("application/json; charset=utf-8", contentType);
        Assert.Equal("{\"statusCode\":503,\"message\":\"Service Unavailable\"}", body);
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public async Task Error_rate_zero_never_fails_and_delete_clears_the_faults()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"upstream":"eclaire","statusCode":500,"errorRate":0}]}""");
        Assert.Equal(200, (await Json.GetAsync(host.Client, "/api/statistics")).Status);

        await Configure(host.Client, """{"rules":[{"statusCode":500}]}""");
        Assert.Equal(500, (await Json.GetAsync(host.Client, "/api/statistics")).Status);

        using var deleted = await host.Client.DeleteAsync("/_sandbox/faults");
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(200, (await Json.GetAsync(host.Client, "/api/statistics")).Status);
    }

    [Fact]
    public async Task A_seeded_error_rate_fails_the_same_requests_every_time()
    {
        async Task<string> Pattern(int seed)
        {
            await using var host = await Host();
            await Configure(host.Client, "{\"seed\":" + seed + ",\"rules\":[{\"route\":\"GET /api/statistics\",\"statusCode\":502,\"errorRate\":0.5}]}");
            var outcomes = new System.Text.StringBuilder();
            for (var i = 0; i < 24; i++)
            {
                outcomes.Append((await Json.GetAsync(host.Client, "/api/statistics")).Status == 502 ? 'x' : '.');
            }

            return outcomes.ToString();
        }

        var first = await Pattern(11);
        var again = await Pattern(11);

        Assert.Equal(first, again);
        Assert.Contains('x', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task A_truncated_body_is_not_json()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"route":"GET /R4/ResearchStudy","malformedBody":"truncated"}]}""");

        var (status, _, body) = await Json.GetAsync(host.Client, "/R4/ResearchStudy");

        Assert.Equal(200, status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task An_html_body_looks_like_a_proxy_error_page()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"upstream":"eclaire","malformedBody":"html"}]}""");

        var (_, contentType, body) = await Json.GetAsync(host.Client, "/api/statistics");

        Assert.StartsWith("text/html", contentType, StringComparison.Ordinal);
        Assert.Contains("502 Bad Gateway", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_client()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"upstream":"eclaire","dropConnection":true}]}""");

        await Assert.ThrowsAnyAsync<Exception>(() => host.Client.GetAsync("/api/statistics"));
    }

    [Fact]
    public async Task Latency_alone_keeps_the_answer()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"upstream":"eclaire","latencyMs":20}]}""");

        Assert.Equal(200, (await Json.GetAsync(host.Client, "/api/statistics")).Status);
    }

    [Fact]
    public async Task Posos_faults_answer_with_a_plain_body()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"rules":[{"upstream":"posos","statusCode":502}]}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/aort/v1/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Authorization = new("Bearer", "sandbox-token");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("Bad Gateway", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_configuration_reads_back()
    {
        await using var host = await Host();
        await Configure(host.Client, """{"seed":3,"rules":[{"upstream":"eclaire","route":"GET /api/statistics","latencyMs":5,"errorRate":0.25,"statusCode":503}]}""");

        var (_, _, body) = await Json.GetAsync(host.Client, "/_sandbox/faults");

        Assert.Equal("""{"seed":3,"rules":[{"upstream":"eclaire","route":"GET /api/statistics","latencyMs":5,"errorRate":0.25,"statusCode":503,"dropConnection":false,"hasFailure":true}]}""", body);
    }

    [Fact]
    public async Task An_invalid_configuration_is_a_400()
    {
        await using var host = await Host();
        using var response = await host.Client.PutAsync("/_sandbox/faults", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)response.StatusCode);
    }
}
