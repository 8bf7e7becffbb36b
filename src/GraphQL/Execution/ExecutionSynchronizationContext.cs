using System.Collections.Concurrent;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The execution's event loop. Resolvers run with this context current, so their continuations come
/// back here instead of running on arbitrary threads: the executor then knows when every piece of
/// pending work is waiting (and only then dispatches DataLoader batches), and result-tree updates
/// happen on one logical thread at a time without locks.
/// </summary>
internal sealed class ExecutionSynchronizationContext : SynchronizationContext, IDisposable
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);

    public override void Post(SendOrPostCallback d, object? state)
    {
        _queue.Enqueue((d, state));
        _signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Wakes the loop (new work was scheduled outside the queue, e.g. a DataLoader batch).</summary>
    public void Signal() => _signal.Release();

    /// <summary>Runs one queued continuation; false when the queue is empty.</summary>
    public bool TryRunOne()
    {
        if (!_queue.TryDequeue(out var item))
        {
            return false;
        }

        item.Callback(item.State);
        return true;
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _signal.WaitAsync(cancellationToken);

    public void Dispose() => _signal.Dispose();
}
