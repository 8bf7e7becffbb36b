using System.Net;
using System.Net.Http.Headers;
using Gateway.Caching;
using Gateway.Eclaire;
using Gateway.TestSupport;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Caching;

/// <summary>
/// The upstream cache of ECLAIRE GETs on its own, over a stub ECLAIRE and the in-memory store on a manual clock: a hit
/// never reaches the inner handlers, lifetimes follow the policy and the response's own headers, errors are not kept.
/// </summary>
public sealed class EclaireUpstreamCacheHandlerTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 6, 2, 2, 0, 0, TimeSpan.Zero));

    private (HttpClient Client, StubHandler Stub, MemoryCacheStore Store) Create(Func<HttpRequestMessage, int, HttpResponseMessage> respond, int maxEntryBytes = 1024)
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions(), _clock);
        var stub = new StubHandler((request, n, _) => Task.FromResult(respond(request, n)), _clock);
        var handler = new EclaireUpstreamCacheHandler(
            store,
            new EclaireRefreshSchedule(Options.Create(new EclaireRefreshOptions()), _clock),
            Options.Create(new UpstreamCacheOptions { MaxEntryBytes = maxEntryBytes }),
            Options.Create(new EclaireOptions()),
            _clock)
        {
            InnerHandler = stub,
        };
        return (new HttpClient(handler) { BaseAddress = new Uri("https://eclaire.test/") }, stub, store);
    }

    private static HttpResponseMessage Body(string text, Action<HttpResponseMessage>? headers = null)
    {
        var response = StubHandler.Json(text, HttpStatusCode.OK, "application/fhir+json");
        headers?.Invoke(response);
        return response;
    }

    [Fact]
    public async Task A_hit_does_not_reach_ECLAIRE_and_is_the_same_answer()
    {
        var (client, stub, _) = Create((_, n) => Body($"{{\"n\":{n}}}"));

        var first = await client.GetAsync(new Uri("R4/ResearchStudy/1", UriKind.Relative));
        _clock.Advance(TimeSpan.FromMinutes(59));
        var second = await client.GetAsync(new Uri("R4/ResearchStudy/1", UriKind.Relative));
        var other = await client.GetAsync(new Uri("R4/ResearchStudy/2", UriKind.Relative));

        Assert.Equal("{\"n\":1}", await first.Content.ReadAsStringAsync());
        Assert.Equal("{\"n\":1}", await second.Content.ReadAsStringAsync());
        Assert.Equal("application/fhir+json; charset=utf-8", second.Content.Headers.ContentType?.ToString());
        Assert.Equal("{\"n\":2}", await other.Content.ReadAsStringAsync());
        Assert.Equal(2, stub.CallCount);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("{\"n\":3}", await (await client.GetAsync(new Uri("R4/ResearchStudy/1", UriKind.Relative))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Statistics_are_kept_until_the_next_refresh()
    {
        var (client, stub, _) = Create((_, n) => Body($"{{\"n\":{n}}}"));

        await client.GetAsync(new Uri("api/statistics", UriKind.Relative));
        _clock.Advance(TimeSpan.FromMinutes(14));
        await client.GetAsync(new Uri("api/statistics", UriKind.Relative));
        _clock.Advance(TimeSpan.FromMinutes(2));
        await client.GetAsync(new Uri("api/statistics", UriKind.Relative));

        Assert.Equal(2, stub.CallCount);
    }

    [Theory]
    [InlineData("no-store")]
    [InlineData("no-cache")]
    [InlineData("private, max-age=600")]
    [InlineData("max-age=0")]
    public async Task The_response_can_forbid_keeping_it(string cacheControl)
    {
        var (client, stub, _) = Create((_, n) => Body($"{{\"n\":{n}}}", r => r.Headers.CacheControl = CacheControlHeaderValue.Parse(cacheControl)));

        await client.GetAsync(new Uri("R4/Group/1", UriKind.Relative));
        await client.GetAsync(new Uri("R4/Group/1", UriKind.Relative));

        Assert.Equal(2, stub.CallCount);
    }

    [Fact]
    public async Task A_shorter_max_age_of_the_response_wins()
    {
        var (client, stub, _) = Create((_, n) => Body($"{{\"n\":{n}}}", r => r.Headers.CacheControl = new CacheControlHeaderValue { MaxAge = TimeSpan.FromSeconds(60) }));

        await client.GetAsync(new Uri("R4/Location/1", UriKind.Relative));
        _clock.Advance(TimeSpan.FromSeconds(59));
        await client.GetAsync(new Uri("R4/Location/1", UriKind.Relative));
        _clock.Advance(TimeSpan.FromSeconds(2));
        await client.GetAsync(new Uri("R4/Location/1", UriKind.Relative));

        Assert.Equal(2, stub.CallCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Errors_are_never_kept(HttpStatusCode status)
    {
        var (client, stub, store) = Create((_, _) => StubHandler.Json("{}", status));

        await client.GetAsync(new Uri("R4/ResearchStudy/9", UriKind.Relative));
        await client.GetAsync(new Uri("R4/ResearchStudy/9", UriKind.Relative));

        Assert.Equal(2, stub.CallCount);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task A_body_over_the_bound_is_passed_on_whole_and_not_kept()
    {
        var large = "{\"text\":\"" + new string('x', 5000) + "\"}";
        var (client, stub, store) = Create((_, _) => Body(large), maxEntryBytes: 1024);

        var first = await client.GetAsync(new Uri("R4/ResearchStudy?_count=100", UriKind.Relative));
        await client.GetAsync(new Uri("R4/ResearchStudy?_count=100", UriKind.Relative));

        Assert.Equal(large, await first.Content.ReadAsStringAsync());
        Assert.Equal(2, stub.CallCount);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Only_GETs_are_cached()
    {
        var (client, stub, _) = Create((_, n) => Body($"{{\"n\":{n}}}"));

        using var post1 = new StringContent("{}");
        using var post2 = new StringContent("{}");
        await client.PostAsync(new Uri("R4/ResearchStudy/_search", UriKind.Relative), post1);
        await client.PostAsync(new Uri("R4/ResearchStudy/_search", UriKind.Relative), post2);

        Assert.Equal(2, stub.CallCount);
    }
}
