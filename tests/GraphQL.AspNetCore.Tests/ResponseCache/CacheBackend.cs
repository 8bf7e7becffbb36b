using System.Collections.Concurrent;

namespace Gateway.GraphQL.AspNetCore.Tests.ResponseCache;

/// <summary>What the cached test schema's resolvers call: counts executions per field, can fail, can hold a call at a gate.</summary>
public sealed class CacheBackend
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public bool Failing { get; set; }

    /// <summary>When set, <c>slow</c> waits for it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public int Calls(string field) => _calls.GetValueOrDefault(field);

    public int Call(string field) => _calls.AddOrUpdate(field, 1, static (_, n) => n + 1);
}
