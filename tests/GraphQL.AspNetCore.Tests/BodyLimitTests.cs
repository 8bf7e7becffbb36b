using System.Net;
using System.Text;
using static Gateway.GraphQL.AspNetCore.Tests.GraphQLClient;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>Request bodies are bounded: 2 MiB by default, configurable, 413 with a GraphQL error past the limit.</summary>
public sealed class BodyLimitTests
{
    [Fact]
    public async Task The_default_limit_is_two_mebibytes()
    {
        await using var host = await TestServerHost.StartAsync();
        var padding = new string(' ', 2 * 1024 * 1024);

        var justOver = await host.Client.SendPostAsync(Query("{ hello }") + padding);
        var under = await host.Client.SendPostAsync(Query("{ hello }") + padding[..(2 * 1024 * 1024 - 100)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, justOver.Status);
        Assert.Equal(HttpStatusCode.OK, under.Status);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task A_body_over_the_configured_limit_answers_413_with_a_graphql_error(string accept)
    {
        await using var host = await TestServerHost.StartAsync(o => o.MaxRequestBodyBytes = 64);
        var body = Query("{ hello }", "\"extensions\":{\"pad\":\"" + new string('x', 64) + "\"}");

        var result = await host.Client.SendPostAsync(body, accept: accept);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.StartsWith(accept, result.ContentType, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.PayloadTooLarge, result.FirstErrorCode);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_accepted()
    {
        var body = Query("{ hello }");
        await using var host = await TestServerHost.StartAsync(o => o.MaxRequestBodyBytes = Encoding.UTF8.GetByteCount(body));

        var result = await host.Client.SendPostAsync(body);

        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Fact]
    public async Task A_chunked_body_without_content_length_is_bounded_too()
    {
        await using var host = await TestServerHost.StartAsync(o => o.MaxRequestBodyBytes = 1000);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(Query("{ hello }") + new string(' ', 5000)))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var result = await HttpResult.ReadAsync(await host.Client.SendAsync(request));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal(ErrorCodes.PayloadTooLarge, result.FirstErrorCode);
    }

    [Fact]
    public async Task The_limit_is_read_from_configuration()
    {
        await using var host = await TestServerHost.StartAsync(configuration: [new("GraphQL:MaxRequestBodyBytes", "30")]);

        var result = await host.Client.SendPostAsync(Query("{ hello __typename __typename }"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
    }

    /// <summary>A stream whose length is unknown, so the client sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
