using System.Collections.Concurrent;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Parsed documents and their validation errors by document text, so that a repeated document is
/// neither parsed nor validated again. Bounded: when full, the oldest half is evicted.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public bool TryGet(string text, out CachedDocument document)
    {
        if (_entries.TryGetValue(text, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            document = entry.Document;
            return true;
        }

        document = default;
        return false;
    }

    public void Set(string text, CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            Evict();
        }

        _entries[text] = new Entry(document) { LastUsed = Interlocked.Increment(ref _clock) };
    }

    private void Evict()
    {
        var keep = _entries.ToArray().OrderByDescending(e => e.Value.LastUsed).Take(capacity / 2).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in _entries.Keys)
        {
            if (!keep.Contains(key))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry(CachedDocument document)
    {
        public CachedDocument Document { get; } = document;

        public long LastUsed { get; set; }
    }
}
