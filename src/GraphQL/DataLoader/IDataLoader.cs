namespace Gateway.GraphQL.DataLoader;

/// <summary>A DataLoader: batches the keys asked for by many resolvers into one fetch, caches per request.</summary>
public interface IDataLoader
{
    /// <summary>Forgets every cached key.</summary>
    void Clear();
}
