using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using static Gateway.GraphQL.AspNetCore.Tests.GraphQLClient;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>
/// The gateway host (src/Gateway) as it starts: health check, the GraphQL endpoint, introspection, the
/// SDL and the IDE. Only <c>__typename</c> and introspection of its schema are relied on (its fields are tested in
/// tests/Gateway.Tests).
/// </summary>
public sealed class GatewayHostTests : IClassFixture<GatewayFactory>
{
    private readonly GatewayFactory _factory;

    public GatewayHostTests(GatewayFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_health_check_answers_healthy()
    {
        using var client = _factory.CreateClient();

        var result = await client.SendGetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Healthy", result.Body);
    }

    [Fact]
    public async Task The_graphql_endpoint_answers_typename_and_the_schema_fields()
    {
        using var client = _factory.CreateClient();

        var result = await client.SendPostAsync(Query("{ __typename __type(name: \"Query\") { fields { name } } }"), accept: GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", result.ContentType);
        var data = result.Json.GetProperty("data");
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
        var fields = data.GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("studies", fields);
    }

    [Fact]
    public async Task Introspection_answers_the_query_type()
    {
        using var client = _factory.CreateClient();

        var result = await client.SendPostAsync(Query("{ __schema { queryType { name } types { name } } }"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Query", result.Json.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_sdl_download_and_the_ide_are_served()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var sdl = await client.SendGetAsync("/graphql?sdl");
        var ide = await client.SendGetAsync("/graphql/", "text/html");
        var config = await client.SendGetAsync("/graphql/bcp-config.json");

        Assert.Equal("text/plain; charset=utf-8", sdl.ContentType);
        Assert.Contains("type Query {", sdl.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ide.Status);
        Assert.Contains("useBrowserUrlAsEndpoint", config.Body, StringComparison.Ordinal);
    }
}
