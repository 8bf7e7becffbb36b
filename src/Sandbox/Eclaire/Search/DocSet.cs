using System.Numerics;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>A set of studies (by index), as a bit set: the result of a query clause.</summary>
internal sealed class DocSet
{
    private readonly ulong[] _bits;

    public DocSet(int count)
    {
        Count = count;
        _bits = new ulong[(count + 63) / 64];
    }

    /// <summary>The number of studies in the data set (not the number of members).</summary>
    public int Count { get; }

    public static DocSet All(int count)
    {
        var set = new DocSet(count);
        Array.Fill(set._bits, ulong.MaxValue);
        set.Trim();
        return set;
    }

    public static DocSet Of(int count, ReadOnlySpan<int> sortedMembers)
    {
        var set = new DocSet(count);
        foreach (var member in sortedMembers)
        {
            set.Add(member);
        }

        return set;
    }

    public bool Contains(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    public void Add(int index) => _bits[index >> 6] |= 1UL << (index & 63);

    public int Cardinality()
    {
        var total = 0;
        foreach (var word in _bits)
        {
            total += BitOperations.PopCount(word);
        }

        return total;
    }

    public void IntersectWith(DocSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            _bits[i] &= other._bits[i];
        }
    }

    public void UnionWith(DocSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            _bits[i] |= other._bits[i];
        }
    }

    public void ExceptWith(DocSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            _bits[i] &= ~other._bits[i];
        }
    }

    public IEnumerable<int> Members()
    {
        for (var word = 0; word < _bits.Length; word++)
        {
            var bits = _bits[word];
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                yield return (word << 6) + bit;
                bits &= bits - 1;
            }
        }
    }

    private void Trim()
    {
        var extra = (_bits.Length * 64) - Count;
        if (extra > 0)
        {
            _bits[^1] &= ulong.MaxValue >> extra;
        }
    }
}
