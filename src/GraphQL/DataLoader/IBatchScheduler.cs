namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// Decides when DataLoader batches run. The executor's scheduler runs them when execution has no other
/// work, so that every sibling field of every item of a list adds its key to one batch first.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Queues a batch to dispatch; called once per batch, from any thread.</summary>
    void Schedule(Func<ValueTask> dispatch);
}
