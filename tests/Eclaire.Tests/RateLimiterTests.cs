using Gateway.Eclaire.Resilience;
using Gateway.Eclaire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Eclaire.Tests;

public sealed class RateLimiterTests
{
    [Fact]
    public async Task Under_200_concurrent_calls_the_budget_holds_the_queue_waits_and_the_rest_fail_fast()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new LocalEclaireRateLimiter(new EclaireRateLimitOptions { PermitsPerMinute = 90, QueueLimit = 50, MaxQueueWait = TimeSpan.FromMinutes(1) }, clock);

        var acquisitions = Enumerable.Range(0, 200).Select(_ => Acquire(limiter)).ToList();
        await Eventually.TrueAsync(() => acquisitions.Count(a => a.IsCompleted) == 150, "the immediate answers");

        Assert.Equal(90, acquisitions.Count(a => a.IsCompletedSuccessfully));
        Assert.Equal(60, acquisitions.Count(a => a.IsFaulted && a.Exception!.InnerException is EclaireRateLimitedException));
        Assert.Equal(50, limiter.QueuedCount);

        // A minute later the oldest permits leave the window and the queue is served, in order.
        clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(acquisitions.Where(a => !a.IsFaulted));
        Assert.Equal(0, limiter.QueuedCount);
        Assert.Equal(40, limiter.AvailablePermits);
    }

    [Fact]
    public async Task Fail_fast_rejections_say_when_to_come_back()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new LocalEclaireRateLimiter(new EclaireRateLimitOptions { PermitsPerMinute = 2, QueueLimit = 0 }, clock);
        await limiter.AcquireAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(15));
        await limiter.AcquireAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<EclaireRateLimitedException>(() => limiter.AcquireAsync(CancellationToken.None).AsTask());

        Assert.False(error.FromUpstream);
        Assert.Equal(TimeSpan.FromSeconds(45), error.RetryAfter);
    }

    [Fact]
    public async Task A_wait_longer_than_the_bound_fails_at_once()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new LocalEclaireRateLimiter(new EclaireRateLimitOptions { PermitsPerMinute = 1, QueueLimit = 10, MaxQueueWait = TimeSpan.FromSeconds(10) }, clock);
        await limiter.AcquireAsync(CancellationToken.None);

        await Assert.ThrowsAsync<EclaireRateLimitedException>(() => limiter.AcquireAsync(CancellationToken.None).AsTask());

        // 55 s later the permit leaves the window in 5 s: within the bound, so the request waits.
        clock.Advance(TimeSpan.FromSeconds(55));
        var waiting = limiter.AcquireAsync(CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        await waiting.WaitAsync(Eventually.HangGuard);
    }

    [Fact]
    public async Task No_sixty_second_span_ever_holds_more_than_the_budget()
    {
        var clock = new ManualTimeProvider();
        const int budget = 30;
        using var limiter = new LocalEclaireRateLimiter(new EclaireRateLimitOptions { PermitsPerMinute = budget, QueueLimit = 200, MaxQueueWait = TimeSpan.FromMinutes(10) }, clock);
        var acquisitions = new List<Task>();
        var granted = new List<DateTimeOffset>();
        var random = new Random(1234);

        // Each grant is stamped by a continuation; the clock only moves once every request is stamped, refused or queued.
        async Task SettleAsync() => await Eventually.TrueAsync(
            () =>
            {
                lock (granted)
                {
                    return granted.Count + acquisitions.Count(a => a.IsFaulted) + limiter.QueuedCount == acquisitions.Count;
                }
            },
            "every request stamped, refused or queued");

        for (var second = 0; second < 300; second++)
        {
            var burst = random.Next(0, 2) + (second % 60 == 0 ? 20 : 0);
            for (var i = 0; i < burst; i++)
            {
                var acquisition = limiter.AcquireAsync(CancellationToken.None).AsTask();
                acquisitions.Add(acquisition);
                _ = acquisition.ContinueWith(
                    _ =>
                    {
                        lock (granted)
                        {
                            granted.Add(clock.GetUtcNow());
                        }
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion,
                    TaskScheduler.Default);
            }

            await SettleAsync();
            clock.Advance(TimeSpan.FromSeconds(1));
            await SettleAsync();
        }

        List<DateTimeOffset> times;
        lock (granted)
        {
            times = [.. granted.Order()];
        }

        // Five minutes of a load above the budget: more asked than five budgets, and queued requests served later.
        Assert.True(acquisitions.Count > budget * 5, $"the load exceeds the budget ({acquisitions.Count})");
        Assert.True(times.Count > budget * 3, $"enough traffic went through ({times.Count})");
        for (var i = 0; i + budget < times.Count; i++)
        {
            Assert.True(times[i + budget] - times[i] >= TimeSpan.FromMinutes(1), $"permits {i} and {i + budget} are {times[i + budget] - times[i]} apart");
        }
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new LocalEclaireRateLimiter(new EclaireRateLimitOptions { PermitsPerMinute = 1, QueueLimit = 1, MaxQueueWait = TimeSpan.FromMinutes(1) }, clock);
        await limiter.AcquireAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(cancellation.Token).AsTask();
        Assert.Equal(1, limiter.QueuedCount);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, limiter.QueuedCount);
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromMinutes(1));
        await next.WaitAsync(Eventually.HangGuard);
    }

    [Fact]
    public async Task Through_the_client_200_concurrent_reads_send_at_most_the_budget()
    {
        using var test = new TestClient(
            (_, _, _) => Task.FromResult(EclaireResponses.Fixture("FindGroup.snap.json")),
            new Dictionary<string, string?>
            {
                ["Eclaire:RateLimit:PermitsPerMinute"] = "90",
                ["Eclaire:RateLimit:QueueLimit"] = "50",
                ["Eclaire:RateLimit:MaxQueueWait"] = "00:01:00",
                ["Eclaire:TotalTimeout"] = "00:02:00",
            });

        var reads = Enumerable.Range(0, 200).Select(i => test.Client.GetGroupAsync($"s{i}-enrollment-group", CancellationToken.None)).ToList();
        await Eventually.TrueAsync(() => reads.Count(r => r.IsCompleted) == 150, "the immediate answers");

        Assert.Equal(90, test.Stub.CallCount);
        Assert.Equal(90, reads.Count(r => r.IsCompletedSuccessfully));
        var rejected = reads.Where(r => r.IsFaulted).Select(r => r.Exception!.InnerException).ToList();
        Assert.Equal(60, rejected.Count);
        Assert.All(rejected, e => Assert.False(Assert.IsType<EclaireRateLimitedException>(e).FromUpstream));

        test.Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => reads.All(r => r.IsCompleted), "the queued reads");
        Assert.Equal(140, test.Stub.CallCount);
        Assert.Equal(140, test.Stub.Requests.Count(c => c.At - test.Stub.Requests[0].At < TimeSpan.FromMinutes(2)));
        Assert.Equal(50, test.Stub.Requests.Count(c => c.At == test.Stub.Requests[0].At + TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Default_budget_rejects_at_once_what_would_wait_a_minute()
    {
        using var test = new TestClient((_, _, _) => Task.FromResult(EclaireResponses.Fixture("FindGroup.snap.json")));

        var reads = Enumerable.Range(0, 120).Select(i => test.Client.GetGroupAsync($"s{i}-enrollment-group", CancellationToken.None)).ToList();
        await Eventually.TrueAsync(() => reads.All(r => r.IsCompleted), "every answer, without the clock moving");

        Assert.Equal(90, test.Stub.CallCount);
        Assert.Equal(30, reads.Count(r => r.Exception?.InnerException is EclaireRateLimitedException));
    }

    [Fact]
    public async Task A_replacement_limiter_registered_first_is_kept()
    {
        var refusing = new RefusingLimiter();
        var services = new ServiceCollection();
        services.AddSingleton<IEclaireRateLimiter>(refusing);
        services.AddLogging();
        services.AddEclaireClient(_ => { }).ConfigurePrimaryHttpMessageHandler(() => new StubHandler((_, _, _) => throw new InvalidOperationException("no call expected"), TimeProvider.System));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IEclaireClient>();

        await Assert.ThrowsAsync<EclaireRateLimitedException>(() => client.GetStudyAsync("x", CancellationToken.None));
        Assert.Equal(1, refusing.Calls);
    }

    private static Task Acquire(LocalEclaireRateLimiter limiter) => limiter.AcquireAsync(CancellationToken.None).AsTask();

    private sealed class RefusingLimiter : IEclaireRateLimiter
    {
        public int Calls { get; private set; }

        public ValueTask AcquireAsync(CancellationToken cancellationToken)
        {
            Calls++;
            throw new EclaireRateLimitedException("shared budget spent") { RetryAfter = TimeSpan.FromSeconds(3) };
        }
    }
}
