namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>What the test schema's resolvers report back to a test.</summary>
public sealed class TestProbe
{
    private int _counter;

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Increment() => Interlocked.Increment(ref _counter);
}
