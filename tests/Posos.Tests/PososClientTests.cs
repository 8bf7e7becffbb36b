using System.Net;
using System.Text.Json;
using Gateway.Posos.Tests.Support;

namespace Gateway.Posos.Tests;

/// <summary>Request shape and response parsing of GraphQL operations.</summary>
public sealed class PososClientTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Execute_posts_query_variables_and_operation_name_with_the_bearer_token()
    {
        using var test = TestPosos.Answering(_ => TestPosos.Contraindications());

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        var request = Assert.Single(test.Posos.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://posos.test/aort/v1/graphql", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer", request.Authorization!.Scheme);
        Assert.Equal(TestPosos.StaticToken, request.Authorization.Parameter);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(request.Body.Length, request.ContentLength);
        Assert.Equal("application/json", request.Accept);
        Assert.StartsWith("Gateway.Posos/", request.UserAgent, StringComparison.Ordinal);

        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["query", "variables", "operationName"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(TestPosos.Operation().Query, body.RootElement.GetProperty("query").GetString());
        Assert.Equal("getContraindications", body.RootElement.GetProperty("operationName").GetString());
        Assert.Equal("MV00003202", body.RootElement.GetProperty("variables").GetProperty("drugs")[0].GetProperty("clinicalDrug").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Execute_leaves_out_absent_variables_and_operation_name()
    {
        using var test = TestPosos.Answering(_ => TestPosos.Contraindications());

        await test.Client.ExecuteAsync(new PososOperation("{ __typename }"), None);

        using var body = JsonDocument.Parse(test.Posos.Requests[0].Body);
        Assert.Equal(["query"], body.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("https://posos.test/", "aort/v1/graphql", "https://posos.test/aort/v1/graphql")]
    [InlineData("https://posos.test", "/aort-api-v3/v1/graphql", "https://posos.test/aort-api-v3/v1/graphql")]
    [InlineData("http://localhost:5080/posos", "aort/v1/graphql", "http://localhost:5080/posos/aort/v1/graphql")]
    public async Task Execute_posts_to_the_configured_path_under_the_base_url(string baseUrl, string path, string expected)
    {
        using var test = TestPosos.Answering(
            _ => TestPosos.Contraindications(),
            new Dictionary<string, string?> { ["Posos:BaseUrl"] = baseUrl, ["Posos:GraphQLPath"] = path });

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(expected, test.Posos.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Execute_returns_data_and_errors_as_sent()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json("""
            {
              "data": { "getContraindications": [ { "designation": "Grossesse", "drug": null } ] },
              "errors": [
                { "message": "Drug unavailable", "locations": [ { "line": 3, "column": 7 } ],
                  "path": [ "getContraindications", 0, "drug" ],
                  "extensions": { "code": "DRUG_NOT_FOUND", "retryable": false } },
                { "message": "Second" }
              ],
              "extensions": { "tracing": { "duration": 12 } }
            }
            """));

        var result = await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.True(result.HasErrors);
        Assert.Equal("Grossesse", result.Data!.Value.GetProperty("getContraindications")[0].GetProperty("designation").GetString());
        var first = result.Errors[0];
        Assert.Equal("Drug unavailable", first.Message);
        Assert.Equal(["getContraindications", 0, "drug"], first.Path!);
        Assert.IsType<int>(first.Path![1]);
        Assert.Equal([new PososErrorLocation(3, 7)], first.Locations!);
        Assert.Equal("DRUG_NOT_FOUND", first.Code);
        Assert.Equal(JsonValueKind.False, first.Extensions!["retryable"].ValueKind);
        Assert.Equal(("Second", null, null, null), (result.Errors[1].Message, result.Errors[1].Path, result.Errors[1].Locations, result.Errors[1].Code));
        Assert.Equal(12, result.Extensions!.Value.GetProperty("tracing").GetProperty("duration").GetInt32());
    }

    [Fact]
    public async Task Execute_without_errors_has_an_empty_error_list()
    {
        using var test = TestPosos.Answering(_ => TestPosos.Contraindications());

        var result = await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Empty(result.Errors);
        Assert.False(result.HasErrors);
        Assert.Null(result.Extensions);
    }

    [Fact]
    public async Task Execute_streams_a_large_response()
    {
        var items = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $$"""{"designation":"Alerte {{i}}","type":"WARNING"}"""));
        using var test = TestPosos.Answering(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"data\":{\"getContraindications\":[" + items + "]}}"))),
        });

        var result = await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(20_000, result.Data!.Value.GetProperty("getContraindications").GetArrayLength());
    }

    [Fact]
    public async Task Request_errors_answered_with_400_are_a_result_with_errors()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json(
            """{"errors":[{"message":"Variable \"$drugs\" got invalid value.","locations":[{"line":1,"column":28}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            HttpStatusCode.BadRequest));

        var result = await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Null(result.Data);
        Assert.Equal("BAD_USER_INPUT", Assert.Single(result.Errors).Code);
        Assert.Null(result.Errors[0].Path);
        Assert.Equal(1, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_400_without_a_graphql_error_list_is_a_bad_request_with_its_reason()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json("""{"detail":"Un des paramètres est invalide"}""", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<PososBadRequestException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.Equal("Un des paramètres est invalide", error.Diagnostics);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task A_400_without_a_reason_is_a_bad_request_without_diagnostics()
    {
        using var test = TestPosos.Answering(_ => StubHandler.Json("Bad Request", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<PososBadRequestException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.Null(error.Diagnostics);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Theory]
    [InlineData("<html><body>Sign in</body></html>", "text/html")]
    [InlineData("{}", "application/json")]
    [InlineData("[1,2]", "application/json")]
    [InlineData("{\"data\":", "application/json")]
    public async Task An_answer_that_is_not_a_graphql_response_is_unavailable(string body, string mediaType)
    {
        using var test = TestPosos.Answering(_ => StubHandler.Text(body, HttpStatusCode.OK, mediaType));

        var error = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.False(error.FromTokenEndpoint);
        Assert.Equal(1, test.Posos.CallCount);
    }

    [Fact]
    public async Task Variables_must_be_an_object()
    {
        using var test = TestPosos.Answering(_ => TestPosos.Contraindications());
        var operation = new PososOperation("{ x }", JsonDocument.Parse("[1]").RootElement.Clone());

        await Assert.ThrowsAsync<ArgumentException>(() => test.Client.ExecuteAsync(operation, None));
        Assert.Equal(0, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_result_prints_its_status_but_not_its_data()
    {
        using var test = TestPosos.Answering(_ => TestPosos.Contraindications());

        var text = (await test.Client.ExecuteAsync(TestPosos.Operation(), None)).ToString();

        Assert.Equal("PososResult { StatusCode = 200, Errors = 0 }", text);
    }

    [Fact]
    public void An_operation_prints_its_name_but_not_its_variables()
    {
        var text = TestPosos.Operation().ToString();

        Assert.Contains("getContraindications", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MV00003202", text, StringComparison.Ordinal);
    }
}
