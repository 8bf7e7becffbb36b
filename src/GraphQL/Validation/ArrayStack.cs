namespace Gateway.GraphQL.Validation;

/// <summary>A minimal growable stack that can also read the entry below the top (no allocation per push).</summary>
internal sealed class ArrayStack<T>
{
    private T[] _items = new T[16];

    public int Count { get; private set; }

    public T? Top => Count > 0 ? _items[Count - 1] : default;

    public T? BelowTop => Count > 1 ? _items[Count - 2] : default;

    public void Push(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    public void Pop()
    {
        Count--;
        _items[Count] = default!;
    }
}
