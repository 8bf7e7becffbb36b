using System.Net;
using System.Text.Json;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>Batching: a JSON array of requests answered by a JSON array of responses; off by default.</summary>
public sealed class BatchingTests
{
    private const string Batch = """[{"query":"{ hello }"},{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Lin"}}]""";

    [Fact]
    public async Task A_batch_is_refused_with_400_by_default()
    {
        await using var host = await TestServerHost.StartAsync();

        var result = await host.Client.SendPostAsync(Batch);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(ErrorCodes.BatchingNotAllowed, result.FirstErrorCode);
    }

    [Fact]
    public async Task An_enabled_batch_answers_an_array_of_responses_in_order()
    {
        await using var host = await TestServerHost.StartAsync(o => o.EnableBatching = true);

        var result = await host.Client.SendPostAsync(Batch, accept: GraphQLClient.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", result.ContentType);
        Assert.Equal("""[{"data":{"hello":"Hello, world!"}},{"data":{"hello":"Hello, Lin!"}}]""", result.Body);
    }

    [Fact]
    public async Task A_bad_entry_gets_an_error_response_and_the_others_still_run()
    {
        await using var host = await TestServerHost.StartAsync(o => o.EnableBatching = true);

        var result = await host.Client.SendPostAsync("""[{"query":1},{"query":"{ hello }"},"text",{"query":"{"}]""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var items = result.Json.EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal("BAD_REQUEST", items[0].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Hello, world!", items[1].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("BAD_REQUEST", items[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("GRAPHQL_PARSE_FAILED", items[3].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Each_request_of_a_batch_has_its_own_dataloader_scope()
    {
        await using var host = await TestServerHost.StartAsync(o => o.EnableBatching = true);

        var result = await host.Client.SendPostAsync("""[{"query":"{ dataLoaderScopeId }"},{"query":"{ dataLoaderScopeId }"}]""");

        var ids = result.Json.EnumerateArray().Select(i => i.GetProperty("data").GetProperty("dataLoaderScopeId").GetString()).ToList();
        Assert.Equal(2, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("[]", "BAD_REQUEST")]
    [InlineData("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""", "BATCHING_NOT_ALLOWED")]
    public async Task An_empty_or_too_large_batch_answers_400(string body, string code)
    {
        await using var host = await TestServerHost.StartAsync(o =>
        {
            o.EnableBatching = true;
            o.MaxBatchSize = 2;
        });

        var result = await host.Client.SendPostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(code, result.FirstErrorCode);
        Assert.Equal(JsonValueKind.Object, result.Json.ValueKind);
    }
}
