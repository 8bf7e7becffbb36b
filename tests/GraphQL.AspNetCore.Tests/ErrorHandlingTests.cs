using System.Net;
using Gateway.GraphQL.Execution;
using Microsoft.Extensions.Logging;
using static Gateway.GraphQL.AspNetCore.Tests.GraphQLClient;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>Failures never become a 500 page or leak details: resolver exceptions are GraphQL errors, logged without data.</summary>
public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task A_throwing_resolver_gives_a_field_error_without_its_message_in_production()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("query($secret: String!) { hello(name: $secret) fail }", "\"variables\":{\"secret\":\"s3cr3t-variable\"}"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":48}],"path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"hello":"Hello, s3cr3t-variable!","fail":null}}""", result.Body);
        Assert.DoesNotContain("hunter2", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resolver_exception_is_logged_with_its_path_but_no_variables_data_or_stack_trace()
    {
        await using var host = await TestServerHost.StartAsync();

        await host.Client.SendPostAsync(Query("query($secret: String!) { hello(name: $secret) fail }", "\"variables\":{\"secret\":\"s3cr3t-variable\"}"));

        var entry = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("Gateway.GraphQL.AspNetCore", entry.Category);
        Assert.Contains("fail", entry.Message, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", entry.Message, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
        Assert.All(host.Logs.Entries, e =>
        {
            Assert.DoesNotContain("s3cr3t-variable", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Hello, ", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_its_status_and_duration_but_not_its_query_string()
    {
        await using var host = await TestServerHost.StartAsync();

        await host.Client.SendGetAsync("/graphql?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("{\"n\":\"1961-11-23\"}"));
        await host.Client.SendPostAsync("{", accept: GraphQLResponseJson);

        var lines = host.Logs.Entries.Where(e => e.Category == "Gateway.GraphQL.AspNetCore" && e.Message.Contains(" answered ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Matches(@"^GraphQL GET /graphql answered 200 in \d+(\.\d)? ms$", lines[0].Message);
        Assert.Matches(@"^GraphQL POST /graphql answered 400 in \d+(\.\d)? ms$", lines[1].Message);
        Assert.All(lines, e => Assert.DoesNotContain("1961-11-23", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exception_messages_are_returned_in_development()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var result = await host.Client.SendPostAsync(Query("{ fail }"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("secret detail", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_details_follow_the_option_over_the_environment()
    {
        await using var host = await TestServerHost.StartAsync(o => o.IncludeExceptionDetails = false, environment: "Development");

        var result = await host.Client.SendPostAsync(Query("{ fail }"));

        Assert.DoesNotContain("secret detail", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_escaping_the_executor_becomes_a_graphql_error_without_details()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new TestLogSink();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Services.AddGraphQLServer()
            .AddSchema(TestSchema.Create())
            .ModifyRequestExecutorOptions(o => o with { Validate = (_, _) => throw new InvalidOperationException("validator bug with a secret") });
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var result = await client.SendPostAsync(Query("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""", result.Body);
        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Null(entry.Exception);
        Assert.Contains("validator bug", entry.Message, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Request_executor_options_can_be_modified()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQLServer()
            .AddSchema(_ => TestSchema.Create())
            .ModifyRequestExecutorOptions(o => o with { Execution = o.Execution with { HiddenErrorMessage = "Something went wrong." } })
            .ModifyRequestExecutorOptions(o => o with { DocumentCacheSize = 7 });
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var result = await client.SendPostAsync(Query("{ fail }"));

        Assert.Contains("Something went wrong.", result.Body, StringComparison.Ordinal);
        var executor = app.Services.GetRequiredService<RequestExecutor>();
        Assert.Equal(7, executor.Options.DocumentCacheSize);
        Assert.NotNull(executor.Options.Execution.OnResolverException);
        await app.StopAsync();
    }

    [Fact]
    public async Task No_input_of_a_small_fuzz_corpus_gives_a_500()
    {
        await using var host = await TestServerHost.StartAsync(o => o.EnableBatching = true);
        string[] bodies =
        [
            "", "{", "}", "[", "[[]]", "[null]", "null", "true", "\"\"", "{\"query\":\"\"}", "{\"query\":\"{\"}",
            "{\"query\":\"{ hello(name: 1) }\"}", "{\"query\":\"{ nope }\"}", "{\"query\":\"subscription { hello }\"}",
            "{\"query\":\"{ hello }\",\"operationName\":\"Missing\"}", "{\"query\":\"query($v: [[Int]]) { hello }\",\"variables\":{\"v\":[[\"x\"]]}}",
            "{\"query\":\"" + new string('{', 3000) + "\"}", "{\"query\":\"{ hello }\",\"variables\":{\"a\":1e400}}",
            "\u0000\u0001", "{\"query\":\"\\ud800\"}", "{\"query\":\"{ hello }\",\"variables\":{\"a\":\"\\udc00\"}}",
            "{\"query\":\"{ hello }\",\"variables\":{\"\\ud800\":1}}", "[{\"query\":\"\\ud800\"}]",
        ];

        foreach (var body in bodies)
        {
            foreach (var accept in new[] { Json, GraphQLResponseJson })
            {
                var result = await host.Client.SendPostAsync(body, accept: accept);
                Assert.True((int)result.Status < 500, $"{body} => {result}");
                Assert.True(result.Json.ValueKind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array, result.ToString());
            }
        }
    }
}
