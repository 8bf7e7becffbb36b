using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Caching.Tests;

public sealed class CacheLoaderTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly ManualTimeProvider _clock = new();
    private readonly MemoryCacheStore _store;
    private readonly SingleFlight _flights = new();
    private readonly CacheLoader _loader;

    public CacheLoaderTests()
    {
        _store = new MemoryCacheStore(new MemoryCacheStoreOptions(), _clock);
        _loader = new CacheLoader(_store, _flights, _clock, NullLogger<CacheLoader>.Instance);
    }

    private static CacheFill Fill(byte value, int ttlSeconds = 10, int graceSeconds = 30) =>
        new(new CacheEntry { Value = new[] { value } }, TimeSpan.FromSeconds(ttlSeconds), TimeSpan.FromSeconds(graceSeconds));

    [Fact]
    public async Task A_miss_calls_the_factory_once_for_all_concurrent_callers_and_stores_the_result()
    {
        var gate = new TaskCompletionSource<CacheFill>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var lookups = Enumerable.Range(0, 20).Select(_ => _loader.GetOrCreateAsync("k", _ =>
        {
            Interlocked.Increment(ref calls);
            return gate.Task;
        })).ToList();
        await Eventually.TrueAsync(() => calls == 1, "the factory called");
        gate.SetResult(Fill(7));

        var results = await Task.WhenAll(lookups).WaitAsync(Bound);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Equal(CacheOutcome.Miss, r.Outcome));
        Assert.All(results, r => Assert.Equal(7, r.Entry.Value.Span[0]));
        var hit = await _loader.GetOrCreateAsync("k", _ => throw new InvalidOperationException("not called"));
        Assert.Equal(CacheOutcome.Hit, hit.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(10), hit.Entry.TimeToLive);
    }

    [Fact]
    public async Task A_stale_entry_is_served_while_one_background_call_refreshes_it()
    {
        await _loader.GetOrCreateAsync("k", _ => Task.FromResult(Fill(1)));
        _clock.Advance(TimeSpan.FromSeconds(15));
        var refresh = new TaskCompletionSource<CacheFill>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        var first = await _loader.GetOrCreateAsync("k", _ => { Interlocked.Increment(ref calls); return refresh.Task; });
        var second = await _loader.GetOrCreateAsync("k", _ => { Interlocked.Increment(ref calls); return refresh.Task; });

        Assert.Equal(CacheOutcome.Stale, first.Outcome);
        Assert.Equal(CacheOutcome.Stale, second.Outcome);
        Assert.Equal(1, first.Entry.Value.Span[0]);
        Assert.Equal(1, calls);

        refresh.SetResult(Fill(2));
        await Eventually.TrueAsync(() => _store.GetAsync("k").AsTask().Result!.Value.Span[0] == 2, "the refreshed entry");
        var fresh = await _loader.GetOrCreateAsync("k", _ => throw new InvalidOperationException("not called"));
        Assert.Equal(CacheOutcome.Hit, fresh.Outcome);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_stale_entry()
    {
        await _loader.GetOrCreateAsync("k", _ => Task.FromResult(Fill(1)));
        _clock.Advance(TimeSpan.FromSeconds(15));

        var stale = await _loader.GetOrCreateAsync("k", _ => Task.FromException<CacheFill>(new HttpRequestException("upstream down")));
        await Eventually.TrueAsync(() => _flights.InFlight == 0, "the refresh ended");

        Assert.Equal(CacheOutcome.Stale, stale.Outcome);
        Assert.Equal(1, (await _store.GetAsync("k"))!.Value.Span[0]);
    }

    [Fact]
    public async Task A_failure_on_a_miss_reaches_the_caller_and_nothing_is_stored()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => _loader.GetOrCreateAsync("k", _ => Task.FromException<CacheFill>(new HttpRequestException("down"))));

        Assert.Null(await _store.GetAsync("k"));
    }

    [Fact]
    public async Task A_fill_without_a_lifetime_is_returned_but_not_stored()
    {
        var lookup = await _loader.GetOrCreateAsync("k", _ => Task.FromResult(new CacheFill(new CacheEntry { Value = new byte[] { 9 } }, TimeSpan.Zero, TimeSpan.Zero)));

        Assert.Equal(9, lookup.Entry.Value.Span[0]);
        Assert.Null(await _store.GetAsync("k"));
    }
}
