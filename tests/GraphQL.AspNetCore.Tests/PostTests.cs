using System.Net;
using Gateway.TestSupport;
using static Gateway.GraphQL.AspNetCore.Tests.GraphQLClient;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>POST with a JSON body: parameters, their types, and the status of each kind of outcome.</summary>
public sealed class PostTests
{
    [Fact]
    public async Task A_query_answers_200_with_data_as_application_json_by_default()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ __typename hello }"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.Equal("""{"data":{"__typename":"Query","hello":"Hello, world!"}}""", result.Body);
    }

    [Fact]
    public async Task Variables_and_operation_name_are_used()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync("""
            {"query":"query A { a: hello } query B($n: String) { b: hello(name: $n) }","operationName":"B","variables":{"n":"Ada"}}
            """);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("""{"data":{"b":"Hello, Ada!"}}""", result.Body);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task A_null_optional_parameter_is_allowed(string parameter)
    {
        await using var host = await TestServerHost.StartAsync();

        foreach (var accept in new[] { Json, GraphQLResponseJson })
        {
            var result = await host.Client.SendPostAsync(Query("{ hello }", $"\"{parameter}\":null"), accept: accept);

            Assert.Equal(HttpStatusCode.OK, result.Status);
            Assert.False(result.Json.TryGetProperty("errors", out _), result.ToString());
        }
    }

    [Fact]
    public async Task Extensions_given_as_a_map_are_accepted_and_unknown_keys_ignored()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ hello }", "\"extensions\":{\"some\":\"value\"},\"unknownKey\":[1,2]"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", result.Body);
    }

    [Fact]
    public async Task Non_ascii_text_round_trips_as_utf8_without_escapes()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("query($v: String!) { echo(value: $v) }", "\"variables\":{\"v\":\"Cœur – Ünïcödé 🏃\"}"), contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Cœur – Ünïcödé", result.Body, StringComparison.Ordinal);
        Assert.Equal("Cœur – Ünïcödé 🏃", result.Json.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Escaped_lone_surrogates_are_read_and_written_back_as_javascript_does()
    {
        await using var host = await TestServerHost.StartAsync();

        var echoed = await host.Client.SendPostAsync(Query("query($v: String!) { echo(value: $v) }", "\"variables\":{\"v\":\"a\\ud800b\"}"));
        Assert.Equal(HttpStatusCode.OK, echoed.Status);
        Assert.Contains("\"a\\ud800b\"", echoed.Body, StringComparison.Ordinal);

        // In the document itself, a lone surrogate is graphql-js's syntax error, not an unreadable body.
        var invalid = await host.Client.SendPostAsync("{\"query\":\"{ hello(name: \\\"\\ud800\\\") }\"}");
        Assert.Contains("Invalid character within String: U+D800.", invalid.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_json_is_accepted()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync("\uFEFF" + Query("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Theory]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("Application/JSON; Charset=utf8")]
    public async Task A_charset_given_as_a_quoted_string_is_read_as_its_value(string contentType)
    {
        // RFC 9110 §5.6.6: a parameter value may be a token or a quoted-string, the same value either way.
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ hello }"), contentType: contentType, accept: "application/json; charset=\"utf-8\"");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_json_answers_415(string? contentType)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ hello }"), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.Equal(ErrorCodes.UnsupportedMediaType, result.FirstErrorCode);
        Assert.False(result.HasData);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Unreadable_json_answers_400(string accept)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync("{ \"not a JSON", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith(accept, result.ContentType, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
        Assert.StartsWith("The request body is not valid JSON", result.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_body_answers_400(string body)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
    }

    [Theory]
    [InlineData("\"{ hello }\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task A_body_that_is_not_an_object_answers_400(string body)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
    }

    [Theory]
    [InlineData("{\"obj\":\"ect\"}")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("[\"array\"]")]
    public async Task A_query_that_is_not_a_string_answers_400(string query)
    {
        await using var host = await TestServerHost.StartAsync();

        foreach (var accept in new[] { Json, GraphQLResponseJson })
        {
            var result = await host.Client.SendPostAsync($"{{\"query\":{query}}}", accept: accept);

            Assert.Equal(HttpStatusCode.BadRequest, result.Status);
            Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
            Assert.Contains("'query' parameter must be a string", result.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{\"qeury\":\"{ hello }\"}")]
    [InlineData("{}")]
    [InlineData("{\"query\":null}")]
    public async Task A_missing_query_answers_400(string body)
    {
        await using var host = await TestServerHost.StartAsync();

        foreach (var accept in new[] { Json, GraphQLResponseJson })
        {
            var result = await host.Client.SendPostAsync(body, accept: accept);

            Assert.Equal(HttpStatusCode.BadRequest, result.Status);
            Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
        }
    }

    [Theory]
    [InlineData("variables", "\"string\"")]
    [InlineData("variables", "0")]
    [InlineData("variables", "false")]
    [InlineData("variables", "[\"array\"]")]
    [InlineData("extensions", "\"string\"")]
    [InlineData("extensions", "[1]")]
    [InlineData("operationName", "{\"obj\":\"ect\"}")]
    [InlineData("operationName", "0")]
    [InlineData("operationName", "false")]
    public async Task A_parameter_of_the_wrong_type_answers_400(string parameter, string value)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ hello }", $"\"{parameter}\":{value}"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
        Assert.Contains($"'{parameter}' parameter", result.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("query CoerceFailure($name: String!) { hello(name: $name) }")]
    [InlineData("query A { hello } query B { hello }")]
    public async Task A_request_error_answers_400_without_data_as_graphql_response_json(string query)
    {
        await using var host = await TestServerHost.StartAsync();
        var body = Query(query, "\"variables\":{\"name\":null}");

        var result = await host.Client.SendPostAsync(body, accept: GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", result.ContentType);
        Assert.False(result.HasData);
        Assert.True(result.Json.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("query CoerceFailure($name: String!) { hello(name: $name) }", "BAD_USER_INPUT")]
    public async Task A_request_error_answers_200_as_application_json(string query, string code)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query(query, "\"variables\":{\"name\":null}"), accept: Json);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.False(result.HasData);
        Assert.Equal(code, result.FirstErrorCode);
    }

    [Fact]
    public async Task Another_http_method_answers_405_with_allow()
    {
        await using var host = await TestServerHost.StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent(Query("{ hello }")) };
        var result = await HttpResult.ReadAsync(await host.Client.SendAsync(request));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.Status);
        Assert.Equal("GET, POST", string.Join(", ", result.Response.Content.Headers.Allow));
        Assert.Equal(ErrorCodes.MethodNotAllowed, result.FirstErrorCode);
    }

    [Fact]
    public async Task The_endpoint_also_answers_with_a_trailing_slash_and_at_a_custom_path()
    {
        await using var host = await TestServerHost.StartAsync(pattern: "/api/graphql");

        var slash = await host.Client.SendPostAsync(Query("{ hello }"), path: "/api/graphql/");
        var plain = await host.Client.SendPostAsync(Query("{ hello }"), path: "/api/graphql");
        var other = await host.Client.SendPostAsync(Query("{ hello }"), path: "/graphql");

        Assert.Equal(HttpStatusCode.OK, slash.Status);
        Assert.Equal(HttpStatusCode.OK, plain.Status);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
    }

    [Fact]
    public async Task Resolvers_get_the_request_services_and_one_scope_per_request()
    {
        await using var host = await TestServerHost.StartAsync();

        var first = await host.Client.SendPostAsync(Query("{ scopeId }"));
        var second = await host.Client.SendPostAsync(Query("{ scopeId }"));

        var firstId = first.Json.GetProperty("data").GetProperty("scopeId").GetString();
        var secondId = second.Json.GetProperty("data").GetProperty("scopeId").GetString();
        Assert.False(string.IsNullOrEmpty(firstId));
        Assert.NotEqual(firstId, secondId);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_execution()
    {
        var probe = new TestProbe();
        await using var host = await TestServerHost.StartAsync(schema: TestSchema.Create(probe));
        using var cancellation = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(Query("{ waitForCancellation }"), System.Text.Encoding.UTF8, "application/json"),
        };

        var sending = host.Client.SendAsync(request, cancellation.Token);
        await probe.Started.Task.WaitAsync(Eventually.HangGuard);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await probe.Cancelled.Task.WaitAsync(Eventually.HangGuard);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Deeply_nested_variables_beyond_the_json_depth_limit_answer_400()
    {
        await using var host = await TestServerHost.StartAsync();
        var nested = new string('[', 100) + new string(']', 100);

        var result = await host.Client.SendPostAsync(Query("{ hello }", "\"variables\":{\"v\":" + nested + "}"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
    }
}
