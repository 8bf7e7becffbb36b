using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// An object of the response: its entries in selection order. Fields that resolved to nothing
/// (unknown fields in an unvalidated document) are left out.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    internal static readonly object Absent = new();

    private readonly string[] _keys;
    private readonly bool[] _nonNull;
    private readonly object?[] _values;

    internal ResultMap(string[] keys, bool[] nonNull, ResultNode? parent, int indexInParent)
        : base(parent, indexInParent)
    {
        _keys = keys;
        _nonNull = nonNull;
        _values = new object?[keys.Length];
        Array.Fill(_values, Absent);
    }

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var value in _values)
            {
                if (!ReferenceEquals(value, Absent))
                {
                    count++;
                }
            }

            return count;
        }
    }

    public IEnumerable<string> Keys => this.Select(entry => entry.Key);

    public IEnumerable<object?> Values => this.Select(entry => entry.Value);

    internal int SlotCount => _keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] == key && !ReferenceEquals(_values[i], Absent))
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (!ReferenceEquals(_values[i], Absent))
            {
                yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal string KeyAt(int index) => _keys[index];

    internal object? ValueAt(int index) => _values[index];

    internal bool IsAbsent(int index) => ReferenceEquals(_values[index], Absent);

    internal override bool IsNonNullSlot(int index) => _nonNull[index];

    internal override void SetSlot(int index, object? value) => _values[index] = value;

    internal override object PathSegment(int index) => _keys[index];
}
