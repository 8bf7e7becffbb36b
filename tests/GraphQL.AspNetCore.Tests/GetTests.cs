using System.Net;
using static Gateway.GraphQL.AspNetCore.Tests.GraphQLClient;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>GET with query-string parameters: queries only.</summary>
public sealed class GetTests
{
    [Fact]
    public async Task A_query_over_get_answers_200()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync(GetUrl("{ __typename hello }"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.Equal("""{"data":{"__typename":"Query","hello":"Hello, world!"}}""", result.Body);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Variables_are_json_encoded_in_the_query_string(string accept)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync(GetUrl("query Q($n: String) { hello(name: $n) }", "{\"n\":\"Grace\"}", "Q"), accept);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith(accept, result.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"hello":"Hello, Grace!"}}""", result.Body);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task Variables_that_are_not_a_json_object_answer_400(string variables)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync(GetUrl("{ hello }", variables));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
    }

    [Fact]
    public async Task Extensions_that_are_not_a_json_object_answer_400()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync(GetUrl("{ hello }") + "&extensions=" + Uri.EscapeDataString("[]"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task A_mutation_over_get_answers_405_with_allow_post_and_does_not_run(string accept)
    {
        var probe = new TestProbe();
        await using var host = await TestServerHost.StartAsync(schema: TestSchema.Create(probe));

        var result = await host.Client.SendGetAsync(GetUrl("mutation { increment }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.Status);
        Assert.Equal("POST", string.Join(", ", result.Response.Content.Headers.Allow));
        Assert.Equal(ErrorCodes.MethodNotAllowed, result.FirstErrorCode);
        Assert.False(result.HasData);
        Assert.Equal(1, probe.Increment());
    }

    [Fact]
    public async Task The_operation_name_decides_whether_a_get_is_a_mutation()
    {
        await using var host = await TestServerHost.StartAsync();
        const string document = "query Q { hello } mutation M { increment }";

        var query = await host.Client.SendGetAsync(GetUrl(document, operationName: "Q"));
        var mutation = await host.Client.SendGetAsync(GetUrl(document, operationName: "M"));

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("mutation { increment }"));

        Assert.Equal("""{"data":{"increment":1}}""", result.Body);
    }

    [Fact]
    public async Task A_get_without_query_answers_400()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync("/graphql", accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
    }

    [Fact]
    public async Task A_parameter_given_twice_answers_400()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync(GetUrl("{ hello }") + "&query=" + Uri.EscapeDataString("{ __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task A_parse_error_over_get_answers_like_over_post()
    {
        await using var host = await TestServerHost.StartAsync();

        var json = await host.Client.SendGetAsync(GetUrl("{"), Json);
        var graphql = await host.Client.SendGetAsync(GetUrl("{"), GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.Equal(HttpStatusCode.BadRequest, graphql.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", graphql.FirstErrorCode);
    }

    [Fact]
    public async Task Get_can_be_turned_off()
    {
        await using var host = await TestServerHost.StartAsync(o => o.EnableGetRequests = false);

        var result = await host.Client.SendGetAsync(GetUrl("{ hello }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.Status);
        Assert.Equal("POST", string.Join(", ", result.Response.Content.Headers.Allow));
    }
}
