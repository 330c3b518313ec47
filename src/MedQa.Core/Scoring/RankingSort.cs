using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MedQa;

/// <summary>
/// The one sort behind every ranking and every rendered answer list: descending by a 64-bit key, and stable — items
/// with equal keys keep the order they were given in (the site's order), so a ranking never reorders what it cannot
/// tell apart.
/// </summary>
internal static class RankingSort
{
    internal static ImmutableArray<T> Descending<T>(IReadOnlyList<T> items, Func<T, long> key)
    {
        var count = items.Count;
        var keys = new long[count];
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = key(items[i]);
            indices[i] = i;
        }

        Sort(keys, indices);
        var ranked = new T[count];
        for (var i = 0; i < count; i++)
        {
            ranked[i] = items[indices[i]];
        }

        // The array is never touched again, so it can become the ImmutableArray without a copy.
        return ImmutableCollectionsMarshal.AsImmutableArray(ranked);
    }

    /// <summary>
    /// Puts <paramref name="indices"/> (the items' positions in the given order, <paramref name="keys"/> holding each
    /// one's key) into ranking order, allocating nothing; <paramref name="keys"/> is permuted alongside.
    /// </summary>
    /// <remarks>
    /// Keys are sorted with the runtime's primitive sort (no comparer, so no boxing and no calls). That sort is not
    /// stable, so each run of equal keys, usually short, is then put back in given order by sorting its positions —
    /// again a primitive sort, of ints.
    /// </remarks>
    internal static void Sort(Span<long> keys, Span<int> indices)
    {
        // ~key reverses the order of every long, long.MinValue included, so an ascending sort ranks descending.
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ~keys[i];
        }

        keys.Sort(indices);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                indices[start..end].Sort();
            }

            start = end;
        }
    }

    /// <summary>Maps a non-negative double to a long with the same order (IEEE 754 bits order like integers there).</summary>
    internal static long OrderedBits(double nonNegative) => BitConverter.DoubleToInt64Bits(nonNegative + 0.0);
}
