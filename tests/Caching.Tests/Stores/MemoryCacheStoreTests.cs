using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;

namespace Gateway.Caching.Tests.Stores;

/// <summary>The in-memory store on a manual clock.</summary>
public sealed class MemoryCacheStoreTests
{
    private readonly ManualTimeProvider _clock = new();

    private static CacheEntry Entry(string text) => new() { Value = System.Text.Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task An_entry_is_fresh_then_stale_in_its_grace_then_gone()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions(), _clock);
        await store.SetAsync("k", Entry("v"), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

        var fresh = await store.GetAsync("k");
        Assert.True(fresh!.IsFresh(_clock.GetUtcNow()));
        Assert.Equal(_clock.GetUtcNow(), fresh.StoredAt);
        Assert.Equal(TimeSpan.FromSeconds(10), fresh.FreshnessLeft(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(10));
        var stale = await store.GetAsync("k");
        Assert.NotNull(stale);
        Assert.False(stale.IsFresh(_clock.GetUtcNow()));
        Assert.Equal(TimeSpan.FromSeconds(10), stale.Age(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(await store.GetAsync("k"));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task The_least_recently_used_entry_goes_first_when_the_count_bound_is_reached()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions { MaxEntries = 3 }, _clock);
        await store.SetAsync("a", Entry("a"), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await store.SetAsync("b", Entry("b"), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await store.SetAsync("c", Entry("c"), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await store.GetAsync("a");

        await store.SetAsync("d", Entry("d"), TimeSpan.FromMinutes(1), TimeSpan.Zero);

        Assert.Equal(3, store.Count);
        Assert.Null(await store.GetAsync("b"));
        Assert.NotNull(await store.GetAsync("a"));
        Assert.NotNull(await store.GetAsync("c"));
        Assert.NotNull(await store.GetAsync("d"));
    }

    [Fact]
    public async Task The_size_bound_evicts_until_the_new_entry_fits_and_oversized_entries_are_not_kept()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions { MaxBytes = 10_000 }, _clock);
        for (var i = 0; i < 10; i++)
        {
            await store.SetAsync("k" + i, new CacheEntry { Value = new byte[1500] }, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        }

        Assert.InRange(store.SizeInBytes, 1, 10_000);
        Assert.True(store.Count < 10);
        Assert.NotNull(await store.GetAsync("k9"));
        Assert.Null(await store.GetAsync("k0"));

        await store.SetAsync("k9", new CacheEntry { Value = new byte[20_000] }, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        Assert.Null(await store.GetAsync("k9"));
        Assert.InRange(store.SizeInBytes, 1, 10_000);
    }

    [Fact]
    public async Task Replacing_an_entry_keeps_the_size_accounting_right()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions(), _clock);
        await store.SetAsync("k", new CacheEntry { Value = new byte[1000] }, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        var one = store.SizeInBytes;

        await store.SetAsync("k", new CacheEntry { Value = new byte[1000] }, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        Assert.Equal(one, store.SizeInBytes);

        Assert.True(await store.RemoveAsync("k"));
        Assert.False(await store.RemoveAsync("k"));
        Assert.Equal(0, store.SizeInBytes);
    }

    [Fact]
    public async Task Get_many_and_remove_by_prefix()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions(), _clock);
        await store.SetAsync("resp:1", Entry("1"), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await store.SetAsync("resp:2", Entry("2"), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await store.SetAsync("up:1", Entry("u"), TimeSpan.FromMinutes(1), TimeSpan.Zero);

        var many = await store.GetManyAsync(["resp:2", "nope", "up:1"]);
        Assert.NotNull(many[0]);
        Assert.Null(many[1]);
        Assert.NotNull(many[2]);

        Assert.Equal(2, await store.RemoveByPrefixAsync("resp:"));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Lifetimes_must_be_sensible()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions(), _clock);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SetAsync("k", Entry("v"), TimeSpan.Zero, TimeSpan.Zero).AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SetAsync("k", Entry("v"), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(-1)).AsTask());
    }

    [Fact]
    public async Task Concurrent_use_keeps_the_bounds()
    {
        var store = new MemoryCacheStore(new MemoryCacheStoreOptions { MaxEntries = 100 }, _clock);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            for (var i = 0; i < 2000; i++)
            {
                await store.SetAsync($"k{(i * 7 + t) % 300}", Entry("v"), TimeSpan.FromMinutes(1), TimeSpan.Zero);
                await store.GetAsync($"k{(i * 3) % 300}");
            }
        })));

        Assert.Equal(100, store.Count);
    }
}
