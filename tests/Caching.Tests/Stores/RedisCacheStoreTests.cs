using System.Text;
using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;

namespace Gateway.Caching.Tests.Stores;

[Collection(RedisCollection.Name)]
public sealed class RedisCacheStoreTests(RedisFixture redis) : IAsyncLifetime
{
    private readonly string _prefix = RedisFixture.UniquePrefix();
    private RedisClient _client = null!;
    private RedisCacheStore _store = null!;

    public async Task InitializeAsync()
    {
        _client = await RedisClient.ConnectAsync(redis.Configuration);
        _store = new RedisCacheStore(_client, _prefix, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _client.DisposeAsync();

    [Fact]
    public async Task An_entry_round_trips_under_the_prefix_and_expires_after_ttl_plus_grace()
    {
        var entry = new CacheEntry
        {
            Value = Encoding.UTF8.GetBytes("{\"data\":1}"),
            ETag = "W/\"1\"",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        };

        // Lifetimes of many minutes, so a slow machine's seconds between the calls do not matter.
        await _store.SetAsync("q:1", entry, TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(900));
        var read = await _store.GetAsync("q:1");

        Assert.Equal("{\"data\":1}", Encoding.UTF8.GetString(read!.Value.Span));
        Assert.Equal("W/\"1\"", read.ETag);
        Assert.Equal("application/json", read.Headers["content-type"]);
        Assert.Equal(TimeSpan.FromSeconds(300), read.TimeToLive);
        Assert.Equal(TimeSpan.FromSeconds(900), read.Grace);
        Assert.True(read.IsFresh(DateTimeOffset.UtcNow));

        // Redis keeps it for the TTL plus the grace (more than either alone).
        var pttl = await _client.PTtlAsync(_prefix + "q:1");
        Assert.InRange(pttl!.Value, TimeSpan.FromSeconds(1000), TimeSpan.FromSeconds(1200));
    }

    [Fact]
    public async Task A_stale_entry_is_returned_until_its_grace_ends()
    {
        // Redis expires the key on its own clock (TTL + grace, real time): lifetimes of many minutes keep it there for
        // the whole test, so what the store answers depends only on the manual clock.
        var clock = new ManualTimeProvider();
        clock.Advance(DateTimeOffset.UtcNow - clock.GetUtcNow());
        var store = new RedisCacheStore(_client, _prefix, clock);
        await store.SetAsync("s", new CacheEntry { Value = new byte[] { 1 } }, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(1200));

        clock.Advance(TimeSpan.FromSeconds(900));
        var stale = await store.GetAsync("s");
        Assert.NotNull(stale);
        Assert.False(stale.IsFresh(clock.GetUtcNow()));

        // Past the grace on this instance's clock: a miss even though Redis still holds it.
        clock.Advance(TimeSpan.FromSeconds(900));
        Assert.Null(await store.GetAsync("s"));
        Assert.NotNull(await _client.GetAsync(_prefix + "s"));
    }

    [Fact]
    public async Task Missing_and_unreadable_entries_are_misses()
    {
        await _client.SetAsync(_prefix + "garbage", "not an entry");

        Assert.Null(await _store.GetAsync("missing"));
        Assert.Null(await _store.GetAsync("garbage"));
    }

    [Fact]
    public async Task Get_many_remove_and_remove_by_prefix()
    {
        for (var i = 0; i < 1200; i++)
        {
            await _store.SetAsync("resp:" + i, new CacheEntry { Value = new byte[] { (byte)i } }, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        }

        await _store.SetAsync("res*p", new CacheEntry(), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await _store.SetAsync("other", new CacheEntry(), TimeSpan.FromMinutes(1), TimeSpan.Zero);

        var many = await _store.GetManyAsync(["resp:5", "nope", "other"]);
        Assert.Equal(5, many[0]!.Value.Span[0]);
        Assert.Null(many[1]);
        Assert.NotNull(many[2]);

        Assert.True(await _store.RemoveAsync("other"));
        Assert.False(await _store.RemoveAsync("other"));

        // The glob characters of the prefix match literally: "res*" removes "res*p" only.
        Assert.Equal(1, await _store.RemoveByPrefixAsync("res*"));
        Assert.Equal(1200, await _store.RemoveByPrefixAsync("resp:"));
        Assert.Null(await _store.GetAsync("resp:5"));
    }
}
