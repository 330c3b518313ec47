using System.Collections.Immutable;

namespace MedQa;

/// <summary>
/// The one sort behind every ranking: descending by a 64-bit key, then ascending by id (ordinal), so that
/// the order is total, deterministic and independent of the input's order.
/// </summary>
internal static class RankingSort
{
    internal static ImmutableArray<T> Descending<T>(IReadOnlyList<T> items, Func<T, long> key, Func<T, string> id)
    {
        var entries = new Entry[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new Entry(key(items[i]), id(items[i]), i);
        }

        Array.Sort(entries, default(EntryComparer));
        var builder = ImmutableArray.CreateBuilder<T>(entries.Length);
        foreach (var entry in entries)
        {
            builder.Add(items[entry.Index]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Maps a non-negative double to a long with the same order (IEEE 754 bits order like integers there).</summary>
    internal static long OrderedBits(double nonNegative) => BitConverter.DoubleToInt64Bits(nonNegative + 0.0);

    private readonly record struct Entry(long Key, string Id, int Index);

    private readonly struct EntryComparer : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y)
        {
            var byKey = y.Key.CompareTo(x.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
