using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Scratch state of one parse, reused by the thread's next parse: a table that interns the names of the document
/// (each distinct name is allocated once), and a stack on which the items of node lists are gathered before they
/// are copied into exactly sized arrays.
/// </summary>
internal sealed class ParserContext
{
    private const int InitialNameSlots = 256;
    private const int MaxKeptNameSlots = 8192;
    private const int MaxKeptStack = 4096;

    [ThreadStatic]
    private static ParserContext? s_cached;

    private NameEntry[] _names = new NameEntry[InitialNameSlots];
    private int _nameCount;
    private object[] _stack = new object[64];
    private int _stackCount;
    private int _stackHighWater;

    /// <summary>The thread's context, or a new one when it is in use (a parse within a parse).</summary>
    public static ParserContext Rent()
    {
        var context = s_cached;
        s_cached = null;
        return context ?? new ParserContext();
    }

    /// <summary>Forgets this parse's names and nodes and keeps the context for the thread's next parse.</summary>
    public static void Return(ParserContext context)
    {
        context.Reset();
        s_cached = context;
    }

    public int Mark => _stackCount;

    public void Push(object node)
    {
        if (_stackCount == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackCount++] = node;
        if (_stackCount > _stackHighWater)
        {
            _stackHighWater = _stackCount;
        }
    }

    /// <summary>The nodes pushed since <paramref name="mark"/>, as an array; they are removed from the stack.</summary>
    public T[] Pop<T>(int mark)
        where T : class
    {
        var count = _stackCount - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)_stack[mark + i];
        }

        _stackCount = mark;
        return items;
    }

    /// <summary>The string of a name's ASCII bytes, allocated once per distinct name in a parse.</summary>
    public string GetName(ReadOnlySpan<byte> name)
    {
        var hash = Hash(name);
        var mask = _names.Length - 1;
        var index = hash & mask;
        while (true)
        {
            ref var entry = ref _names[index];
            if (entry.Value is null)
            {
                var value = Encoding.Latin1.GetString(name);
                entry = new NameEntry(hash, value);
                if (++_nameCount * 2 > _names.Length)
                {
                    GrowNames();
                }

                return value;
            }

            if (entry.Hash == hash && SameName(entry.Value, name))
            {
                return entry.Value;
            }

            index = (index + 1) & mask;
        }
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = (uint)name.Length * 0x9E3779B1u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 0x01000193u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private static bool SameName(string value, ReadOnlySpan<byte> name)
    {
        if (value.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (value[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private void GrowNames()
    {
        var old = _names;
        _names = new NameEntry[old.Length * 2];
        var mask = _names.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Value is null)
            {
                continue;
            }

            var index = entry.Hash & mask;
            while (_names[index].Value is not null)
            {
                index = (index + 1) & mask;
            }

            _names[index] = entry;
        }
    }

    private void Reset()
    {
        if (_names.Length > MaxKeptNameSlots)
        {
            _names = new NameEntry[InitialNameSlots];
        }
        else if (_nameCount > 0)
        {
            Array.Clear(_names);
        }

        _nameCount = 0;
        if (_stack.Length > MaxKeptStack)
        {
            _stack = new object[64];
        }
        else
        {
            Array.Clear(_stack, 0, _stackHighWater);
        }

        _stackCount = 0;
        _stackHighWater = 0;
    }

    private readonly record struct NameEntry(int Hash, string? Value);
}
