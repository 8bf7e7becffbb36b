namespace Gateway.Caching.Tests;

public sealed class SingleFlightTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Concurrent_callers_of_one_key_share_one_call()
    {
        var flights = new SingleFlight();
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        var callers = Enumerable.Range(0, 50).Select(_ => flights.RunAsync("k", async _ =>
        {
            Interlocked.Increment(ref calls);
            return await gate.Task;
        })).ToList();
        Assert.Equal(1, flights.InFlight);
        gate.SetResult(42);

        Assert.All(await Task.WhenAll(callers).WaitAsync(Bound), r => Assert.Equal(42, r));
        Assert.Equal(1, calls);
        Assert.Equal(0, flights.InFlight);
    }

    [Fact]
    public async Task Different_keys_run_separately_and_a_finished_key_runs_again()
    {
        var flights = new SingleFlight();
        var calls = 0;

        await flights.RunAsync("a", _ => Task.FromResult(Interlocked.Increment(ref calls)));
        await flights.RunAsync("b", _ => Task.FromResult(Interlocked.Increment(ref calls)));
        await flights.RunAsync("a", _ => Task.FromResult(Interlocked.Increment(ref calls)));

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task A_failure_reaches_every_caller()
    {
        var flights = new SingleFlight();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = Enumerable.Range(0, 5).Select(_ => flights.RunAsync<int>("k", async _ =>
        {
            await gate.Task;
            throw new InvalidOperationException("upstream down");
        })).ToList();

        gate.SetResult();

        foreach (var caller in callers)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => caller.WaitAsync(Bound));
            Assert.Equal("upstream down", error.Message);
        }
    }

    [Fact]
    public async Task One_caller_giving_up_does_not_cancel_the_work_for_the_others()
    {
        var flights = new SingleFlight();
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken workToken = default;
        using var impatient = new CancellationTokenSource();
        var first = flights.RunAsync("k", token => { workToken = token; return gate.Task; }, impatient.Token);
        var second = flights.RunAsync("k", _ => Task.FromResult("never"));

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Bound));
        Assert.False(workToken.IsCancellationRequested);

        gate.SetResult("done");
        Assert.Equal("done", await second.WaitAsync(Bound));
    }

    [Fact]
    public async Task The_work_is_cancelled_when_every_caller_gave_up()
    {
        var flights = new SingleFlight();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var one = new CancellationTokenSource();
        using var two = new CancellationTokenSource();
        Task<int> Work(CancellationToken token)
        {
            token.Register(() => cancelled.TrySetResult());
            return Task.Delay(Timeout.Infinite, token).ContinueWith(_ => 0, TaskScheduler.Default);
        }

        var first = flights.RunAsync("k", Work, one.Token);
        var second = flights.RunAsync("k", Work, two.Token);
        await one.CancelAsync();
        Assert.False(cancelled.Task.IsCompleted);
        await two.CancelAsync();

        await cancelled.Task.WaitAsync(Bound);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
    }

    [Fact]
    public async Task A_caller_arriving_while_abandoned_work_winds_down_starts_its_own()
    {
        // Every caller gave up, the work is cancelled but still ending (an HTTP call being torn down): a new caller of the
        // key must not join it and get its cancellation without having cancelled anything.
        var flights = new SingleFlight();
        var ending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();
        var abandoned = flights.RunAsync("k", async token =>
        {
            await Task.Delay(Timeout.Infinite, token).ContinueWith(_ => { }, TaskScheduler.Default);
            await ending.Task;
            token.ThrowIfCancellationRequested();
            return "abandoned";
        }, impatient.Token);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Bound));

        var fresh = flights.RunAsync("k", _ => Task.FromResult("fresh"));
        ending.SetResult();

        Assert.Equal("fresh", await fresh.WaitAsync(Bound));
    }

    [Fact]
    public async Task Mixing_result_types_for_one_key_is_refused()
    {
        var flights = new SingleFlight();
        var gate = new TaskCompletionSource<int>();
        var running = flights.RunAsync("k", _ => gate.Task);

        await Assert.ThrowsAsync<InvalidOperationException>(() => flights.RunAsync("k", _ => Task.FromResult("text")));
        gate.SetResult(1);
        await running;
    }
}
