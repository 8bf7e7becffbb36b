namespace Gateway.GraphQL.DataLoader;

/// <summary>The values a batch fetch found, by key.</summary>
public sealed class BatchResults<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values;

    internal BatchResults(IEqualityComparer<TKey> comparer)
    {
        _values = new Dictionary<TKey, TValue>(comparer);
    }

    public void Set(TKey key, TValue value) => _values[key] = value;

    internal bool TryGet(TKey key, out TValue value) => _values.TryGetValue(key, out value!);
}
