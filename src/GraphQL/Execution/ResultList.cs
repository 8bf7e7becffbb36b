using System.Collections;

namespace Gateway.GraphQL.Execution;

/// <summary>A list of the response.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;
    private readonly bool _itemsNonNull;

    internal ResultList(int count, bool itemsNonNull, ResultNode? parent, int indexInParent)
        : base(parent, indexInParent)
    {
        _items = count == 0 ? [] : new object?[count];
        _itemsNonNull = itemsNonNull;
    }

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal override bool IsNonNullSlot(int index) => _itemsNonNull;

    internal override void SetSlot(int index, object? value) => _items[index] = value;

    internal override object PathSegment(int index) => index;
}
