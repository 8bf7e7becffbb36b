using System.Net;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary><c>GET /graphql?sdl</c>: the schema as SDL text, printed by the engine's SchemaPrinter.</summary>
public sealed class SdlTests
{
    [Fact]
    public async Task The_sdl_is_served_as_utf8_text()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendGetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("text/plain; charset=utf-8", result.ContentType);
        var schema = host.Services.GetRequiredService<RequestExecutor>().Schema;
        Assert.Equal(SchemaPrinter.Print(schema) + "\n", result.Body);
        Assert.Contains("type Mutation {", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sdl_is_served_whatever_the_accept_header_and_to_head()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var html = await host.Client.SendGetAsync("/graphql?sdl", accept: "text/html");
        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql?sdl"));

        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.StartsWith("type Query", html.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task The_sdl_download_can_be_turned_off()
    {
        await using var host = await TestServerHost.StartAsync(o => o.EnableSchemaDownload = false);

        var result = await host.Client.SendGetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BadRequest, result.FirstErrorCode);
    }
}
