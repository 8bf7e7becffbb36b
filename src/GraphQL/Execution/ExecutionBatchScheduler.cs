using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Execution;

/// <summary>Collects DataLoader batches; the executor dispatches them when it has no other work.</summary>
internal sealed class ExecutionBatchScheduler(ExecutionSynchronizationContext loop) : IBatchScheduler
{
    private readonly Lock _sync = new();
    private List<Func<ValueTask>>? _pending;

    public void Schedule(Func<ValueTask> dispatch)
    {
        lock (_sync)
        {
            (_pending ??= []).Add(dispatch);
        }

        loop.Signal();
    }

    /// <summary>Starts every pending batch; false when there was none.</summary>
    public bool DispatchAll()
    {
        List<Func<ValueTask>>? batches;
        lock (_sync)
        {
            batches = _pending;
            _pending = null;
        }

        if (batches is null)
        {
            return false;
        }

        foreach (var dispatch in batches)
        {
            // The batch completes its keys through the loop; its task needs no observer.
            _ = dispatch().AsTask();
        }

        return true;
    }
}
