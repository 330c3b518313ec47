using System.Buffers;
using System.Collections.Immutable;

namespace MedQa.Rendering;

/// <summary>
/// <see cref="QaThread.RankedAnswers"/>' order as indices into the thread's answers — the published ones only, with
/// the same keys and the same stable sort — but without allocating (not even <see cref="QaThread.PublishedAnswers"/>'
/// filtered copy), so rendering to a reused buffer allocates nothing. Dispose it to return any buffer rented for a
/// thread too large for the caller's stack buffers.
/// </summary>
internal ref struct RankedIndices
{
    /// <summary>The answer count the caller's stack buffers should hold: <c>stackalloc long[StackLimit]</c> and <c>stackalloc int[StackLimit]</c> (or more).</summary>
    internal const int StackLimit = 64;

    private long[]? _rentedKeys;
    private int[]? _rentedIndices;

    /// <summary>Ranks the published answers, in the given stack buffers when they are large enough, else in rented ones.</summary>
    internal RankedIndices(ImmutableArray<Answer> answers, AnswerOrder order, double confidence, Span<long> keyBuffer, Span<int> indexBuffer)
    {
        var count = 0;
        foreach (var answer in answers)
        {
            count += answer.IsPublished ? 1 : 0;
        }

        if (count > keyBuffer.Length || count > indexBuffer.Length)
        {
            _rentedKeys = ArrayPool<long>.Shared.Rent(count);
            _rentedIndices = ArrayPool<int>.Shared.Rent(count);
            keyBuffer = _rentedKeys;
            indexBuffer = _rentedIndices;
        }

        var keys = keyBuffer[..count];
        Indices = indexBuffer[..count];
        var z = order == AnswerOrder.Helpfulness ? WilsonScore.ZForConfidence(confidence) : 0;
        // Indices ascend in the given order, so the stable sort keeps ties in the site's order, as RankedAnswers does.
        for (int i = 0, published = 0; i < answers.Length; i++)
        {
            if (answers[i].IsPublished)
            {
                keys[published] = AnswerRanking.KeyOf(answers[i], order, z);
                Indices[published++] = i;
            }
        }

        RankingSort.Sort(keys, Indices);
    }

    /// <summary>The published answers' indices into the given answers, in display order; its length is the published count.</summary>
    internal Span<int> Indices { get; }

    /// <summary>Returns the rented buffers, if any.</summary>
    public void Dispose()
    {
        if (_rentedKeys is not null)
        {
            ArrayPool<long>.Shared.Return(_rentedKeys);
            ArrayPool<int>.Shared.Return(_rentedIndices!);
            _rentedKeys = null;
            _rentedIndices = null;
        }
    }
}
