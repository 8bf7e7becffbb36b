namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// The scheduler used outside an execution: dispatches each batch on the thread pool, right after the
/// code that scheduled it yields.
/// </summary>
public sealed class AutoBatchScheduler : IBatchScheduler
{
    public static AutoBatchScheduler Default { get; } = new();

    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        _ = Task.Run(() => dispatch().AsTask());
    }
}
