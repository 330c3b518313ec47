using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MedQa;

/// <summary>
/// The one sort behind every ranking: descending by a 64-bit key, then ascending by id (ordinal), so that
/// the order is total, deterministic and independent of the input's order.
/// </summary>
internal static class RankingSort
{
    internal static ImmutableArray<T> Descending<T>(IReadOnlyList<T> items, Func<T, long> key, Func<T, string> id)
    {
        var count = items.Count;
        var entries = new Entry[count];
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new Entry(key(items[i]), i);
            ids[i] = id(items[i]);
        }

        // Span.Sort with a struct comparer is specialized by the JIT: no interface calls per comparison.
        entries.AsSpan().Sort(new EntryComparer(ids));
        var ranked = new T[count];
        for (var i = 0; i < count; i++)
        {
            ranked[i] = items[entries[i].Index];
        }

        // The array is never touched again, so it can become the ImmutableArray without a copy.
        return ImmutableCollectionsMarshal.AsImmutableArray(ranked);
    }

    /// <summary>Maps a non-negative double to a long with the same order (IEEE 754 bits order like integers there).</summary>
    internal static long OrderedBits(double nonNegative) => BitConverter.DoubleToInt64Bits(nonNegative + 0.0);

    private readonly record struct Entry(long Key, int Index);

    private readonly struct EntryComparer(string[] ids) : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y)
        {
            var byKey = y.Key.CompareTo(x.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(ids[x.Index], ids[y.Index]);
        }
    }
}
