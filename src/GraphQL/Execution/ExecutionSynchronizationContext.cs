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
    private readonly Lock _sync = new();
    private bool _detached;

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_sync)
        {
            if (!_detached)
            {
                _queue.Enqueue((d, state));
                _signal.Release();
                return;
            }
        }

        // The execution is over (completed or cancelled): late continuations still run, so that
        // resolvers finish their catch/finally blocks and release what they hold.
        ThreadPool.UnsafeQueueUserWorkItem(static item => item.Callback(item.State), (Callback: d, State: state), preferLocal: false);
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

    /// <summary>
    /// Ends the loop: what is queued and what is posted from now on runs on the thread pool.
    /// </summary>
    public void Dispose()
    {
        lock (_sync)
        {
            if (_detached)
            {
                return;
            }

            _detached = true;
        }

        while (_queue.TryDequeue(out var item))
        {
            ThreadPool.UnsafeQueueUserWorkItem(static item => item.Callback(item.State), item, preferLocal: false);
        }

        _signal.Dispose();
    }
}
