namespace Gateway.Sandbox.Common;

/// <summary>
/// A small, fast pseudo-random generator (xoshiro256**, seeded through SplitMix64) whose sequence depends
/// only on its seed, on every runtime and platform, unlike <see cref="Random"/>'s seeded algorithm.
/// Not thread-safe: one instance per generation task.
/// </summary>
internal sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DeterministicRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>Mixes several values into one seed (for derived, independent streams).</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var x = a ^ (b * 0x9E3779B97F4A7C15UL);
        return SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A value in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>A value in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks an index with the given relative weights.</summary>
    public int PickWeighted(IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary><paramref name="count"/> distinct items, in the order of <paramref name="items"/>.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        count = Math.Min(count, items.Count);
        var chosen = new bool[items.Count];
        var picked = 0;
        while (picked < count)
        {
            var index = Next(items.Count);
            if (!chosen[index])
            {
                chosen[index] = true;
                picked++;
            }
        }

        var result = new List<T>(count);
        for (var i = 0; i < items.Count; i++)
        {
            if (chosen[i])
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
