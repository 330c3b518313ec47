using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MedQa;

/// <summary>
/// The one sort behind every ranking and every rendered answer list: descending by a 64-bit key, then ascending by
/// id (ordinal), so that the order is total, deterministic and independent of the input's order.
/// </summary>
internal static class RankingSort
{
    /// <summary>Runs of equal keys up to this length are ordered by insertion sort; longer ones by merge sort.</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>Looks up the id of the item at an index; a struct, so the sort is specialized and never boxes it.</summary>
    internal interface IIdLookup
    {
        string IdAt(int index);
    }

    internal static ImmutableArray<T> Descending<T>(IReadOnlyList<T> items, Func<T, long> key, Func<T, string> id)
    {
        var count = items.Count;
        var keys = new long[count];
        var indices = new int[count * 2]; // the second half is scratch space for long runs of equal keys
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = key(items[i]);
            indices[i] = i;
            ids[i] = id(items[i]);
        }

        Sort(keys, indices.AsSpan(0, count), indices.AsSpan(count), new ArrayIds(ids));
        var ranked = new T[count];
        for (var i = 0; i < count; i++)
        {
            ranked[i] = items[indices[i]];
        }

        // The array is never touched again, so it can become the ImmutableArray without a copy.
        return ImmutableCollectionsMarshal.AsImmutableArray(ranked);
    }

    /// <summary>
    /// Puts <paramref name="indices"/> (the items' indices, <paramref name="keys"/> holding each one's key) into
    /// ranking order, allocating nothing; <paramref name="scratch"/> must be as long as <paramref name="indices"/>.
    /// <paramref name="keys"/> is permuted alongside.
    /// </summary>
    /// <remarks>
    /// Keys are sorted with the runtime's primitive sort (no comparer, so no boxing and no calls); only runs of
    /// equal keys, usually short, are then ordered by id.
    /// </remarks>
    internal static void Sort<TIds>(Span<long> keys, Span<int> indices, Span<int> scratch, TIds ids)
        where TIds : struct, IIdLookup
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
                SortById(indices[start..end], scratch, ids);
            }

            start = end;
        }
    }

    /// <summary>Maps a non-negative double to a long with the same order (IEEE 754 bits order like integers there).</summary>
    internal static long OrderedBits(double nonNegative) => BitConverter.DoubleToInt64Bits(nonNegative + 0.0);

    private static void SortById<TIds>(Span<int> run, Span<int> scratch, TIds ids)
        where TIds : struct, IIdLookup
    {
        if (run.Length <= InsertionSortLimit)
        {
            for (var i = 1; i < run.Length; i++)
            {
                var item = run[i];
                var j = i - 1;
                for (; j >= 0 && IdPrecedes(item, run[j], ids); j--)
                {
                    run[j + 1] = run[j];
                }

                run[j + 1] = item;
            }

            return;
        }

        // Bottom-up merge sort: O(n log n) even when every key ties (a thread where nobody has voted yet).
        var source = run;
        var target = scratch[..run.Length];
        for (var width = 1; width < run.Length; width *= 2)
        {
            for (var left = 0; left < run.Length; left += 2 * width)
            {
                var middle = Math.Min(left + width, run.Length);
                var right = Math.Min(left + (2 * width), run.Length);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    target[k++] = IdPrecedes(source[j], source[i], ids) ? source[j++] : source[i++];
                }

                source[i..middle].CopyTo(target[k..]);
                k += middle - i;
                source[j..right].CopyTo(target[k..]);
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != run)
        {
            source.CopyTo(run);
        }
    }

    private static bool IdPrecedes<TIds>(int x, int y, TIds ids)
        where TIds : struct, IIdLookup
        => string.CompareOrdinal(ids.IdAt(x), ids.IdAt(y)) < 0;

    private readonly struct ArrayIds(string[] ids) : IIdLookup
    {
        public string IdAt(int index) => ids[index];
    }
}
