namespace Gateway.Sandbox.TestSupport;

/// <summary>Keeps the last GraphQL operations the Posos stand-in received (oldest first), for tests to inspect.</summary>
internal sealed class OperationRecorder(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<PososOperation> _operations = new();

    public void Record(PososOperation operation)
    {
        lock (_gate)
        {
            _operations.Enqueue(operation);
            while (_operations.Count > Math.Max(1, capacity))
            {
                _operations.Dequeue();
            }
        }
    }

    public IReadOnlyList<PososOperation> Snapshot()
    {
        lock (_gate)
        {
            return [.. _operations];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _operations.Clear();
        }
    }
}
