using System.Net;
using static Gateway.GraphQL.AspNetCore.Tests.GraphQLClient;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>Which media type answers, negotiated from Accept (GraphQL over HTTP, "Accept" and "Body").</summary>
public sealed class MediaTypeTests
{
    [Theory]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/*", "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("text/html, */*;q=0.8", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json, */*", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json; charset=utf-8", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json; charset=utf-8")]
    public async Task The_response_media_type_is_negotiated_from_accept(string? accept, string expected)
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ __typename }"), accept: accept);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(expected, result.ContentType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", result.Body);
        Assert.Contains("Accept", result.Response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task An_accept_without_a_supported_media_type_answers_406(string accept)
    {
        await using var host = await TestServerHost.StartAsync();

        var post = await host.Client.SendPostAsync(Query("{ __typename }"), accept: accept);
        var get = await host.Client.SendGetAsync(GetUrl("{ __typename }"), accept: accept);

        foreach (var result in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, result.Status);
            Assert.Equal("application/json; charset=utf-8", result.ContentType);
            Assert.Equal(ErrorCodes.NotAcceptable, result.FirstErrorCode);
        }
    }

    [Fact]
    public async Task Data_with_field_errors_answers_200_with_both_media_types()
    {
        await using var host = await TestServerHost.StartAsync();

        foreach (var accept in new[] { Json, GraphQLResponseJson })
        {
            var result = await host.Client.SendPostAsync(Query("{ hello fail }"), accept: accept);

            Assert.Equal(HttpStatusCode.OK, result.Status);
            Assert.True(result.HasData);
        }
    }

    [Fact]
    public async Task Null_data_answers_200_as_graphql_response_json()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Query("{ failNonNull }"), accept: GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json.GetProperty("data").ValueKind);
    }
}
