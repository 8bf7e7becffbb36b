using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Caching.Tests.Stores;

/// <summary>The store the gateway uses, with Redis killed and restarted under it.</summary>
public sealed class ResilientCacheStoreTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Without_redis_the_memory_store_answers()
    {
        var clock = new ManualTimeProvider();
        var store = new ResilientCacheStore(null, new MemoryCacheStore(new MemoryCacheStoreOptions(), clock), Breaker(clock), NullLogger<ResilientCacheStore>.Instance);

        await store.SetAsync("k", new CacheEntry { Value = new byte[] { 7 } }, TimeSpan.FromSeconds(5), TimeSpan.Zero);

        Assert.False(store.HasRedis);
        Assert.Equal(7, (await store.GetAsync("k"))!.Value.Span[0]);
        Assert.True(await store.RemoveAsync("k"));
    }

    [Fact]
    public async Task Redis_killed_under_load_costs_no_caller_a_failure_and_is_used_again_when_it_returns()
    {
        await using var server = await RedisServer.StartAsync();
        var options = RedisConnectionOptions.Parse(server.Configuration + ",abortConnect=false");
        options.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        await using var client = new RedisClient(options);
        await client.EnsureConnectedAsync();
        var logs = new LogCapture();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var breaker = new RedisCircuitBreaker(
            new CacheCircuitBreakerOptions { FailureThreshold = 3, BreakDuration = TimeSpan.FromMilliseconds(300) },
            TimeProvider.System,
            loggers.CreateLogger<RedisCircuitBreaker>());
        var memory = new MemoryCacheStore(new MemoryCacheStoreOptions(), TimeProvider.System);
        var store = new ResilientCacheStore(
            new RedisCacheStore(client, "gw:", TimeProvider.System), memory, breaker, loggers.CreateLogger<ResilientCacheStore>());

        await store.SetAsync("before", new CacheEntry { Value = new byte[] { 1 } }, TimeSpan.FromMinutes(5), TimeSpan.Zero);
        Assert.NotNull(await client.GetAsync("gw:before"));
        Assert.Equal(0, memory.Count);

        using var stop = new CancellationTokenSource();
        var operations = 0L;
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                // The in-memory answers complete synchronously: yield so eight loops do not starve the thread pool.
                await Task.Yield();
                try
                {
                    var key = $"w{w}:{i++ % 20}";
                    await store.SetAsync(key, new CacheEntry { Value = new byte[] { (byte)i } }, TimeSpan.FromMinutes(1), TimeSpan.Zero).AsTask().WaitAsync(Bound);
                    await store.GetAsync(key).AsTask().WaitAsync(Bound);
                    Interlocked.Increment(ref operations);
                }
                catch (Exception exception)
                {
                    failures.Add(exception);
                }
            }
        })).ToList();

        await Eventually.TrueAsync(() => Interlocked.Read(ref operations) > 200, "load with Redis up");
        await server.KillAsync();
        await Eventually.TrueAsync(() => breaker.State != CircuitState.Closed, "the circuit opening");
        var during = Interlocked.Read(ref operations);
        await Eventually.TrueAsync(() => Interlocked.Read(ref operations) > during + 1000, "load served from memory");
        Assert.True(memory.Count > 0);
        Assert.Null(await store.GetAsync("before"));

        await server.StartAsync();
        await Eventually.TrueAsync(() => breaker.State == CircuitState.Closed && client.IsConnected, "Redis used again");
        await stop.CancelAsync();
        await Task.WhenAll(workers).WaitAsync(Bound);

        Assert.Empty(failures);
        await store.SetAsync("after", new CacheEntry { Value = new byte[] { 2 } }, TimeSpan.FromMinutes(5), TimeSpan.Zero);
        Assert.NotNull(await client.GetAsync("gw:after"));
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("in-memory store answers", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Redis circuit opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_the_circuit_is_open_redis_is_not_called()
    {
        var clock = new ManualTimeProvider();
        var failing = new FailingStore();
        var breaker = Breaker(clock);
        var store = new ResilientCacheStore(failing, new MemoryCacheStore(new MemoryCacheStoreOptions(), clock), breaker, NullLogger<ResilientCacheStore>.Instance);

        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await store.GetAsync("k"));
        }

        Assert.Equal(2, failing.Calls);
        Assert.Equal(CircuitState.Open, breaker.State);

        clock.Advance(TimeSpan.FromSeconds(10));
        await store.GetAsync("k");
        await store.GetAsync("k");
        Assert.Equal(3, failing.Calls);
    }

    [Fact]
    public async Task The_callers_own_cancellation_still_surfaces()
    {
        var clock = new ManualTimeProvider();
        var store = new ResilientCacheStore(new FailingStore(), new MemoryCacheStore(new MemoryCacheStoreOptions(), clock), Breaker(clock), NullLogger<ResilientCacheStore>.Instance);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync("k", cancelled.Token).AsTask());
    }

    [Fact]
    public async Task Failure_logs_carry_no_values()
    {
        var clock = new ManualTimeProvider();
        var logs = new LogCapture();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var store = new ResilientCacheStore(new FailingStore(), new MemoryCacheStore(new MemoryCacheStoreOptions(), clock), Breaker(clock), loggers.CreateLogger<ResilientCacheStore>());

        await store.SetAsync("k", new CacheEntry { Value = "SECRET-VALUE"u8.ToArray(), ETag = "SECRET-ETAG" }, TimeSpan.FromSeconds(1), TimeSpan.Zero);

        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, l => Assert.DoesNotContain("SECRET", l, StringComparison.Ordinal));
    }

    private static RedisCircuitBreaker Breaker(TimeProvider clock) =>
        new(new CacheCircuitBreakerOptions { FailureThreshold = 2, BreakDuration = TimeSpan.FromSeconds(10) }, clock);

    private sealed class FailingStore : ICacheStore
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask<CacheEntry?> GetAsync(string key, CancellationToken cancellationToken = default) => Fail<CacheEntry?>(cancellationToken);

        public ValueTask<IReadOnlyList<CacheEntry?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<CacheEntry?>>(cancellationToken);

        public async ValueTask SetAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken = default) => await Fail<bool>(cancellationToken);

        public ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default) => Fail<bool>(cancellationToken);

        public ValueTask<long> RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default) => Fail<long>(cancellationToken);

        private ValueTask<T> Fail<T>(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref _calls);
            return ValueTask.FromException<T>(new RedisConnectionException("Redis at 127.0.0.1:1 could not be reached (ConnectionRefused)."));
        }
    }
}
