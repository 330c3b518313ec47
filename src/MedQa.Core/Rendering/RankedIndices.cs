using System.Buffers;
using System.Collections.Immutable;

namespace MedQa.Rendering;

/// <summary>
/// <see cref="AnswerRanking.Order"/>'s order computed into a span of indices, with the same keys and the same sort,
/// but without allocating, so rendering to a reused buffer allocates nothing.
/// </summary>
internal static class RankedIndices
{
    /// <summary>Answer counts up to this are ranked on the stack; larger threads rent from the shared pool.</summary>
    internal const int StackLimit = 64;

    /// <summary>Fills <paramref name="entries"/> (one per answer) with the answers' indices in display order.</summary>
    internal static void Rank(ImmutableArray<Answer> answers, AnswerOrder order, double confidence, Span<RankingSort.Entry> entries, Span<RankingSort.Entry> scratch)
    {
        var z = order == AnswerOrder.Helpfulness ? WilsonScore.ZForConfidence(confidence) : 0;
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new RankingSort.Entry(AnswerRanking.KeyOf(answers[i], order, z), i);
        }

        RankingSort.Sort(entries, scratch, new AnswerIds(answers));
    }

    /// <summary>Rents entry buffers for <paramref name="count"/> answers when they do not fit on the stack.</summary>
    internal static RankingSort.Entry[]? RentIfLarge(int count) => count > StackLimit ? ArrayPool<RankingSort.Entry>.Shared.Rent(count * 2) : null;

    internal static void Return(RankingSort.Entry[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<RankingSort.Entry>.Shared.Return(rented);
        }
    }

    private readonly struct AnswerIds(ImmutableArray<Answer> answers) : RankingSort.IIdLookup
    {
        public string IdAt(int index) => answers[index].Id;
    }
}
