using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.AspNetCore.Tests.ResponseCache;

/// <summary>PRIVATE responses when the shared cache is allowed to keep them: per caller, short, never for anonymous callers.</summary>
public sealed class PrivateResponseCacheTests : IAsyncLifetime
{
    private const string Query = "{ patient(id: \"p1\") { name } }";

    private CachingHost _host = null!;

    public async Task InitializeAsync() => _host = await CachingHost.StartAsync(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["GraphQL:ResponseCache:CachePrivate"] = "true",
        ["GraphQL:ResponseCache:PrivateMaxTimeToLive"] = "00:00:10",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResult> PostAsync(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await HttpResult.ReadAsync(await _host.Client.SendAsync(request));
    }

    private static string XCache(HttpResult result) => string.Join(",", result.Response.Headers.GetValues("X-Cache"));

    [Fact]
    public async Task A_private_entry_is_answered_to_its_caller_only_and_briefly()
    {
        await PostAsync("Bearer doctor-1");
        var same = await PostAsync("Bearer doctor-1");
        var other = await PostAsync("Bearer doctor-2");
        var anonymous = await PostAsync(null);
        var anonymousAgain = await PostAsync(null);

        Assert.Equal("HIT", XCache(same));
        Assert.Equal("private, max-age=10", string.Join(", ", same.Response.Headers.NonValidated["Cache-Control"]));
        Assert.Equal("MISS", XCache(other));
        Assert.Equal("MISS", XCache(anonymousAgain));
        Assert.Equal("MISS", XCache(anonymous));

        // Kept for PrivateMaxTimeToLive (10 s, below the hint's 30 s), with no grace.
        _host.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal("MISS", XCache(await PostAsync("Bearer doctor-1")));
        Assert.Equal(5, _host.Backend.Calls("patient"));
    }
}
