using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Caching;
using Gateway.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.AspNetCore.Tests.ResponseCache;

/// <summary>
/// The response cache in the HTTP pipeline, on the in-memory store and a manual clock: hits and misses, the key,
/// TTL and grace (stale-while-revalidate, stale-if-error), ETag and 304, headers, PRIVATE entries, no cache for errors
/// and mutations, one execution for concurrent misses, and a failing store that fails nothing.
/// </summary>
public sealed class ResponseCacheTests : IAsyncLifetime
{
    private const string Studies = "query Studies($text: String) { studies(text: $text) { title } }";

    private CachingHost _host = null!;

    public async Task InitializeAsync() => _host = await CachingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<HttpResult> PostAsync(HttpClient client, string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await HttpResult.ReadAsync(await client.SendAsync(request));
    }

    private static string? Header(HttpResult result, string name) =>
        result.Response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    // As sent (HttpClient's parsed CacheControl reorders the directives).
    private static string? CacheControl(HttpResult result) => Header(result, "Cache-Control");

    [Fact]
    public async Task A_second_identical_query_is_a_hit_with_the_same_body()
    {
        var first = await PostAsync(_host.Client, Studies, new { text = "heart" });
        _host.Clock.Advance(TimeSpan.FromSeconds(12));
        var second = await PostAsync(_host.Client, Studies, new { text = "heart" });

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal("MISS", Header(first, "X-Cache"));
        Assert.Equal("HIT", Header(second, "X-Cache"));
        Assert.Equal("public, max-age=60", CacheControl(first));
        Assert.Equal("public, max-age=60", CacheControl(second));
        Assert.Equal("12", Header(second, "Age"));
        Assert.Equal(first.Response.Headers.ETag, second.Response.Headers.ETag);
        Assert.Contains("Accept", second.Response.Headers.Vary);
        Assert.Equal(1, _host.Backend.Calls("studies"));
    }

    [Fact]
    public async Task The_key_ignores_whitespace_comments_and_variable_order_but_not_values_or_operation()
    {
        await PostAsync(_host.Client, "query Q($a: String, $b: String) { studies(text: $a) { title } x: studies(text: $b) { title } }", new { a = "1", b = "2" });
        var reordered = await PostAsync(
            _host.Client,
            "# the same document\nquery Q($a: String,\n $b: String) {\n  studies(text: $a) { title }\n  x: studies(text: $b) { title } }",
            new { b = "2", a = "1" });
        var otherValues = await PostAsync(_host.Client, "query Q($a: String, $b: String) { studies(text: $a) { title } x: studies(text: $b) { title } }", new { a = "1", b = "3" });

        Assert.Equal("HIT", Header(reordered, "X-Cache"));
        Assert.Equal("MISS", Header(otherValues, "X-Cache"));
        Assert.Equal(4, _host.Backend.Calls("studies"));
    }

    [Fact]
    public async Task A_stale_entry_is_answered_marked_and_refreshed_in_the_background()
    {
        await PostAsync(_host.Client, Studies);
        _host.Clock.Advance(TimeSpan.FromSeconds(61));

        var stale = await PostAsync(_host.Client, Studies);

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Equal("STALE", Header(stale, "X-Cache"));
        Assert.Equal("no-cache", CacheControl(stale));
        Assert.Equal("Study about all", stale.Json.GetProperty("data").GetProperty("studies")[0].GetProperty("title").GetString());
        var marker = stale.Json.GetProperty("extensions").GetProperty("cacheControl");
        Assert.True(marker.GetProperty("stale").GetBoolean());
        Assert.Equal(61, marker.GetProperty("age").GetInt32());

        // The refresh stores its entry before its flight ends: once it ran and no flight is left, the next request is a hit.
        var flights = _host.Services.GetRequiredService<SingleFlight>();
        await Eventually.TrueAsync(() => _host.Backend.Calls("studies") == 2 && flights.InFlight == 0, "the background refresh");
        Assert.Equal("HIT", Header(await PostAsync(_host.Client, Studies), "X-Cache"));
        Assert.Equal(2, _host.Backend.Calls("studies"));
    }

    [Fact]
    public async Task When_the_upstream_fails_the_stale_answer_is_served_until_the_grace_ends()
    {
        var fresh = await PostAsync(_host.Client, "{ flaky }");
        _host.Backend.Failing = true;
        _host.Clock.Advance(TimeSpan.FromSeconds(61));

        var stale = await PostAsync(_host.Client, "{ flaky }");
        await Eventually.TrueAsync(() => _host.Backend.Calls("flaky") == 2, "the failed background refresh");
        _host.Clock.Advance(TimeSpan.FromSeconds(11));
        var again = await PostAsync(_host.Client, "{ flaky }");

        Assert.Equal("STALE", Header(stale, "X-Cache"));
        Assert.Equal("answer 1", stale.Json.GetProperty("data").GetProperty("flaky").GetString());
        Assert.False(stale.Json.TryGetProperty("errors", out _));
        Assert.Equal("STALE", Header(again, "X-Cache"));
        Assert.Equal(fresh.Json.GetProperty("data").GetRawText(), again.Json.GetProperty("data").GetRawText());

        // Past the grace (1 day by default) the entry is gone: the failure is answered, and not stored.
        _host.Clock.Advance(TimeSpan.FromDays(1));
        var gone = await PostAsync(_host.Client, "{ flaky }");
        Assert.Equal("MISS", Header(gone, "X-Cache"));
        Assert.Equal("no-store", CacheControl(gone));
        Assert.NotEmpty(gone.Json.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Refreshes_of_a_failing_entry_are_spaced()
    {
        await PostAsync(_host.Client, "{ flaky }");
        _host.Backend.Failing = true;
        _host.Clock.Advance(TimeSpan.FromSeconds(61));

        await PostAsync(_host.Client, "{ flaky }");
        await Eventually.TrueAsync(() => _host.Backend.Calls("flaky") == 2, "the first refresh");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("STALE", Header(await PostAsync(_host.Client, "{ flaky }"), "X-Cache"));
        }

        Assert.Equal(2, _host.Backend.Calls("flaky"));
    }

    [Fact]
    public async Task If_None_Match_answers_304_without_a_body()
    {
        var first = await PostAsync(_host.Client, Studies);
        var etag = first.Response.Headers.ETag!.ToString();

        var conditional = await PostAsync(_host.Client, Studies, headers: new Dictionary<string, string>(StringComparer.Ordinal) { ["If-None-Match"] = etag });
        var other = await PostAsync(_host.Client, Studies, headers: new Dictionary<string, string>(StringComparer.Ordinal) { ["If-None-Match"] = "W/\"something-else\"" });

        Assert.StartsWith("W/\"", etag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, conditional.Status);
        Assert.Empty(conditional.Body);
        Assert.Equal(etag, conditional.Response.Headers.ETag!.ToString());
        Assert.Equal("public, max-age=60", CacheControl(conditional));
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task GET_requests_use_the_same_cache_and_each_media_type_has_its_own_ETag()
    {
        var post = await PostAsync(_host.Client, "{ studies { title } }");
        var get = await _host.Client.SendGetAsync(GraphQLClient.GetUrl("{ studies { title } }"), GraphQLClient.GraphQLResponseJson);

        Assert.Equal("HIT", Header(get, "X-Cache"));
        Assert.Equal(post.Body, get.Body);
        Assert.StartsWith(GraphQLClient.GraphQLResponseJson, get.ContentType, StringComparison.Ordinal);
        Assert.NotEqual(post.Response.Headers.ETag, get.Response.Headers.ETag);
    }

    [Fact]
    public async Task Responses_with_errors_are_not_stored()
    {
        _host.Backend.Failing = true;
        var first = await PostAsync(_host.Client, "{ flaky studies { title } }");
        var second = await PostAsync(_host.Client, "{ flaky studies { title } }");

        Assert.Equal("no-store", CacheControl(first));
        Assert.Null(first.Response.Headers.ETag);
        Assert.Equal("MISS", Header(second, "X-Cache"));
        Assert.Equal(2, _host.Backend.Calls("flaky"));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("[1, 1e400]")]
    public async Task A_variable_past_the_range_of_a_double_is_refused_like_any_wrong_value(string number)
    {
        // 1e400 reads as infinity, which the cache key's canonical JSON could not write (the request ended INTERNAL_SERVER_ERROR).
        using var content = new StringContent("{\"query\":\"query($text: String) { studies(text: $text) { title } }\",\"variables\":{\"text\":" + number + "}}", Encoding.UTF8, "application/json");
        var result = await HttpResult.ReadAsync(await _host.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("BAD_USER_INPUT", result.FirstErrorCode);
        Assert.Equal("no-store", CacheControl(result));
    }

    [Fact]
    public void Infinite_numbers_have_a_key_of_their_own()
    {
        var infinite = CanonicalVariables.ToJson(new Dictionary<string, object?>(StringComparer.Ordinal) { ["n"] = double.PositiveInfinity, ["m"] = double.NegativeInfinity });
        var text = CanonicalVariables.ToJson(new Dictionary<string, object?>(StringComparer.Ordinal) { ["n"] = "Infinity", ["m"] = "-Infinity" });

        Assert.Equal("{\"m\":-Infinity,\"n\":Infinity}", infinite);
        Assert.NotEqual(text, infinite);
    }

    [Theory]
    [InlineData("{ ping }")]
    [InlineData("{ studies { title } ping }")]
    public async Task Fields_without_a_max_age_make_the_response_uncacheable(string query)
    {
        var first = await PostAsync(_host.Client, query);
        var second = await PostAsync(_host.Client, query);

        Assert.Equal("no-store", CacheControl(first));
        Assert.Equal("MISS", Header(second, "X-Cache"));
    }

    [Fact]
    public async Task Mutations_and_invalid_requests_bypass_the_cache()
    {
        var one = await PostAsync(_host.Client, "mutation { bump }");
        var two = await PostAsync(_host.Client, "mutation { bump }");
        var invalid = await PostAsync(_host.Client, "{ nope }");

        Assert.Equal(2, two.Json.GetProperty("data").GetProperty("bump").GetInt32());
        Assert.Equal("BYPASS", Header(one, "X-Cache"));
        Assert.Equal("no-store", CacheControl(two));
        Assert.Equal("BYPASS", Header(invalid, "X-Cache"));
        Assert.Equal("no-store", CacheControl(invalid));
    }

    [Fact]
    public async Task Introspection_and_typename_are_cached()
    {
        var first = await PostAsync(_host.Client, "{ __typename studies { __typename title } __schema { queryType { name } } }");
        var second = await PostAsync(_host.Client, "{ __typename studies { __typename title } __schema { queryType { name } } }");

        Assert.Equal("public, max-age=60", CacheControl(first));
        Assert.Equal("HIT", Header(second, "X-Cache"));
    }

    [Fact]
    public async Task Private_responses_are_never_stored_by_default()
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Authorization"] = "Bearer doctor-1" };
        var first = await PostAsync(_host.Client, "{ patient(id: \"p1\") { name } }", headers: headers);
        var second = await PostAsync(_host.Client, "{ patient(id: \"p1\") { name } }", headers: headers);

        Assert.Equal("private, max-age=30", CacheControl(first));
        Assert.Equal("MISS", Header(second, "X-Cache"));
        Assert.Equal(2, _host.Backend.Calls("patient"));
        Assert.Equal(0, _host.Services.GetRequiredService<MemoryCacheStore>().Count);
    }

    [Fact]
    public async Task Concurrent_identical_misses_run_one_execution()
    {
        _host.Backend.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, 8).Select(_ => PostAsync(_host.Client, "{ slow }")).ToList();

        // Every request has missed and joined the execution under way before it may end (not "after a while").
        var flights = _host.Services.GetRequiredService<SingleFlight>();
        await Eventually.TrueAsync(() => flights.Waiting == 8 && _host.Backend.Calls("slow") == 1, "the eight requests waiting for one execution");
        _host.Backend.Gate.SetResult();

        var results = await Task.WhenAll(requests);

        Assert.All(results, r => Assert.Equal("slow answer", r.Json.GetProperty("data").GetProperty("slow").GetString()));
        Assert.Equal(1, _host.Backend.Calls("slow"));
    }
}
