using System.Buffers;
using System.Collections.Immutable;

namespace MedQa.Rendering;

/// <summary>
/// <see cref="AnswerRanking.Order"/>'s order computed into a span of indices, without allocating, so rendering
/// to a reused buffer allocates nothing. A property test keeps the two in agreement.
/// </summary>
internal static class RankedIndices
{
    /// <summary>Answer counts up to this are ranked on the stack; larger threads rent from the shared pool.</summary>
    internal const int StackLimit = 64;

    internal readonly record struct Entry(long Key, int Index);

    /// <summary>Fills <paramref name="entries"/> (one per answer) with the answers' indices in display order.</summary>
    internal static void Rank(ImmutableArray<Answer> answers, AnswerOrder order, double confidence, Span<Entry> entries, Span<Entry> scratch)
    {
        var z = order == AnswerOrder.Helpfulness ? WilsonScore.ZForConfidence(confidence) : 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var answer = answers[i];
            var key = order switch
            {
                AnswerOrder.Helpfulness => RankingSort.OrderedBits(WilsonScore.LowerBoundForZ(answer.Votes.Up, answer.Votes.Down, z)),
                AnswerOrder.NetVotes => answer.Votes.Net,
                AnswerOrder.Newest => answer.PostedAt?.UtcTicks ?? long.MinValue,
                AnswerOrder.Oldest => answer.PostedAt is { } posted ? -posted.UtcTicks : long.MinValue,
                _ => throw new ArgumentOutOfRangeException(nameof(order), order, "The answer order is not defined."),
            };
            entries[i] = new Entry(key, i);
        }

        MergeSort(answers, entries, scratch);
    }

    /// <summary>Rents entry buffers for <paramref name="count"/> answers when they do not fit on the stack.</summary>
    internal static Entry[]? RentIfLarge(int count) => count > StackLimit ? ArrayPool<Entry>.Shared.Rent(count * 2) : null;

    internal static void Return(Entry[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<Entry>.Shared.Return(rented);
        }
    }

    // Descending by key, then ascending by id (ordinal): the total order of RankingSort. Bottom-up merge sort,
    // because Span.Sort with a comparer boxes it.
    private static void MergeSort(ImmutableArray<Answer> answers, Span<Entry> items, Span<Entry> scratch)
    {
        var source = items;
        var target = scratch[..items.Length];
        for (var width = 1; width < items.Length; width *= 2)
        {
            for (var left = 0; left < items.Length; left += 2 * width)
            {
                var middle = Math.Min(left + width, items.Length);
                var right = Math.Min(left + (2 * width), items.Length);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    target[k++] = Compare(answers, source[j], source[i]) < 0 ? source[j++] : source[i++];
                }

                while (i < middle)
                {
                    target[k++] = source[i++];
                }

                while (j < right)
                {
                    target[k++] = source[j++];
                }
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != items)
        {
            source.CopyTo(items);
        }
    }

    private static int Compare(ImmutableArray<Answer> answers, Entry x, Entry y)
    {
        var byKey = y.Key.CompareTo(x.Key);
        return byKey != 0 ? byKey : string.CompareOrdinal(answers[x.Index].Id, answers[y.Index].Id);
    }
}
