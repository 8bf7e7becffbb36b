using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Definitions in declaration order (which introspection and printing keep) with lookup by name.
/// Immutable once built.
/// </summary>
public sealed class DefinitionCollection<T> : IReadOnlyList<T>
    where T : class, INamedDefinition
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    public DefinitionCollection(IEnumerable<T> items)
    {
        _items = items.ToArray();
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            // The first definition of a name wins; duplicates are reported by schema validation.
            _byName.TryAdd(item.Name, item);
        }

        HasDuplicates = _byName.Count != _items.Length;
    }

    public static DefinitionCollection<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    /// <summary>True when two items share a name (a schema error that validation reports).</summary>
    public bool HasDuplicates { get; }

    public T this[int index] => _items[index];

    public T this[string name] => _byName[name];

    public bool TryGetValue(string name, [MaybeNullWhen(false)] out T value) => _byName.TryGetValue(name, out value);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public T? Find(string name) => _byName.GetValueOrDefault(name);

    public ReadOnlySpan<T> AsSpan() => _items;

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>An allocation-free enumerator over the items in order.</summary>
    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
