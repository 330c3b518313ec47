using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MedQa;

/// <summary>
/// The one sort behind every ranking and every rendered answer list: descending by a 64-bit key, then ascending by
/// id (ordinal), so that the order is total, deterministic and independent of the input's order.
/// </summary>
internal static class RankingSort
{
    /// <summary>An item's ranking key and its index in the input.</summary>
    internal readonly record struct Entry(long Key, int Index);

    /// <summary>Looks up the id of the item at an index; a struct, so the sort is specialized and never boxes it.</summary>
    internal interface IIdLookup
    {
        string IdAt(int index);
    }

    internal static ImmutableArray<T> Descending<T>(IReadOnlyList<T> items, Func<T, long> key, Func<T, string> id)
    {
        var count = items.Count;
        var entries = new Entry[count * 2]; // the second half is the merge sort's scratch space
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new Entry(key(items[i]), i);
            ids[i] = id(items[i]);
        }

        Sort(entries.AsSpan(0, count), entries.AsSpan(count), new ArrayIds(ids));
        var ranked = new T[count];
        for (var i = 0; i < count; i++)
        {
            ranked[i] = items[entries[i].Index];
        }

        // The array is never touched again, so it can become the ImmutableArray without a copy.
        return ImmutableCollectionsMarshal.AsImmutableArray(ranked);
    }

    /// <summary>
    /// Sorts <paramref name="entries"/> into ranking order with a bottom-up merge sort that allocates nothing:
    /// <paramref name="scratch"/> must hold at least as many entries. (Span.Sort would box a comparer that reads ids.)
    /// </summary>
    internal static void Sort<TIds>(Span<Entry> entries, Span<Entry> scratch, TIds ids)
        where TIds : struct, IIdLookup
    {
        var source = entries;
        var target = scratch[..entries.Length];
        for (var width = 1; width < entries.Length; width *= 2)
        {
            for (var left = 0; left < entries.Length; left += 2 * width)
            {
                var middle = Math.Min(left + width, entries.Length);
                var right = Math.Min(left + (2 * width), entries.Length);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    target[k++] = Precedes(source[j], source[i], ids) ? source[j++] : source[i++];
                }

                source[i..middle].CopyTo(target[k..]);
                k += middle - i;
                source[j..right].CopyTo(target[k..]);
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != entries)
        {
            source.CopyTo(entries);
        }
    }

    /// <summary>Maps a non-negative double to a long with the same order (IEEE 754 bits order like integers there).</summary>
    internal static long OrderedBits(double nonNegative) => BitConverter.DoubleToInt64Bits(nonNegative + 0.0);

    private static bool Precedes<TIds>(Entry x, Entry y, TIds ids)
        where TIds : struct, IIdLookup
        => x.Key != y.Key ? x.Key > y.Key : string.CompareOrdinal(ids.IdAt(x.Index), ids.IdAt(y.Index)) < 0;

    private readonly struct ArrayIds(string[] ids) : IIdLookup
    {
        public string IdAt(int index) => ids[index];
    }
}
