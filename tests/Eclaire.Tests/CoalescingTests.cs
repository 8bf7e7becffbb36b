using Gateway.Eclaire.Resilience;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

public sealed class CoalescingTests
{
    [Fact]
    public async Task Identical_concurrent_reads_make_one_http_call_and_share_the_result()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var test = new TestClient(async (_, _, _) =>
        {
            await gate.Task;
            return EclaireResponses.Fixture("ResearchStudy.snap.json");
        });

        var calls = Enumerable.Range(0, 50).Select(_ => test.Client.GetStudyAsync("2022-500014-26-00", CancellationToken.None)).ToList();
        await Eventually.TrueAsync(() => test.Stub.CallCount == 1, "the first call reached ECLAIRE");
        gate.SetResult();
        var studies = await Task.WhenAll(calls);

        Assert.Equal(1, test.Stub.CallCount);
        Assert.All(studies, s => Assert.Same(studies[0], s));
        Assert.Equal(89, test.Limiter.AvailablePermits);
        Assert.Equal(0, test.Coalescer.InFlightCount);

        // Only calls in flight are shared: a later call goes to ECLAIRE again.
        await test.Client.GetStudyAsync("2022-500014-26-00", CancellationToken.None);
        Assert.Equal(2, test.Stub.CallCount);
    }

    [Fact]
    public async Task Identical_searches_coalesce_and_different_ones_do_not()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var test = new TestClient(async (_, _, _) =>
        {
            await gate.Task;
            return EclaireResponses.Fixture("BundleWithAllStudies.snap.json");
        });
        var search = new StudySearch { Text = "sein", Count = 2 };

        var calls = new[]
        {
            test.Client.SearchStudiesAsync(search, CancellationToken.None),
            test.Client.SearchStudiesAsync(search with { }, CancellationToken.None),
            test.Client.SearchStudiesAsync(search with { Count = 3 }, CancellationToken.None),
        };
        await Eventually.TrueAsync(() => test.Stub.CallCount == 2, "two distinct calls reached ECLAIRE");
        gate.SetResult();
        var pages = await Task.WhenAll(calls);

        Assert.Same(pages[0], pages[1]);
        Assert.NotSame(pages[0], pages[2]);
        Assert.Equal(2, test.Stub.CallCount);
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_cancel_the_others()
    {
        var coalescer = new EclaireRequestCoalescer();
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        using var leaving = new CancellationTokenSource();

        var first = coalescer.RunAsync("k", async token => { Interlocked.Increment(ref runs); return await gate.Task.WaitAsync(token); }, leaving.Token);
        var second = coalescer.RunAsync<string>("k", _ => throw new InvalidOperationException("joins, never runs"), CancellationToken.None);
        await leaving.CancelAsync();
        gate.SetResult("value");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("value", await second);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task When_every_caller_gives_up_the_shared_call_is_cancelled()
    {
        var coalescer = new EclaireRequestCoalescer();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var one = new CancellationTokenSource();
        using var two = new CancellationTokenSource();
        Func<CancellationToken, Task<string>> operation = async token =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
                throw;
            }

            return "never";
        };

        var first = coalescer.RunAsync("k", operation, one.Token);
        var second = coalescer.RunAsync("k", operation, two.Token);
        await one.CancelAsync();
        Assert.False(cancelled.Task.IsCompleted);
        await two.CancelAsync();

        await cancelled.Task.WaitAsync(Eventually.HangGuard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await Eventually.TrueAsync(() => coalescer.InFlightCount == 0, "the entry is gone");

        // A new caller starts afresh.
        Assert.Equal("again", await coalescer.RunAsync("k", _ => Task.FromResult("again"), CancellationToken.None));
    }

    [Fact]
    public async Task Failures_reach_every_caller()
    {
        var coalescer = new EclaireRequestCoalescer();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<CancellationToken, Task<int>> failing = async _ =>
        {
            await gate.Task;
            throw new EclaireUnavailableException("down");
        };

        var calls = Enumerable.Range(0, 5).Select(_ => coalescer.RunAsync("k", failing, CancellationToken.None)).ToList();
        gate.SetResult();

        foreach (var call in calls)
        {
            Assert.Equal("down", (await Assert.ThrowsAsync<EclaireUnavailableException>(() => call)).Message);
        }
    }

    [Fact]
    public async Task Same_key_with_another_result_type_is_another_call()
    {
        var coalescer = new EclaireRequestCoalescer();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var text = coalescer.RunAsync("k", async _ => { await gate.Task; return "text"; }, CancellationToken.None);
        var number = coalescer.RunAsync("k", async _ => { await gate.Task; return 42; }, CancellationToken.None);
        Assert.Equal(2, coalescer.InFlightCount);
        gate.SetResult();

        Assert.Equal(("text", 42), (await text, await number));
    }
}
