using System.Collections.Immutable;

namespace MedQa;

/// <summary>Orders answers for display: by helpfulness, net votes, or date, always totally and deterministically.</summary>
public static class AnswerRanking
{
    /// <summary>Returns the answers in the given order; ties are broken by id (ordinal), so the result does not depend on the input's order.</summary>
    /// <param name="answers">The answers; ids must be distinct.</param>
    /// <param name="order">The ranking.</param>
    /// <param name="confidence">For <see cref="AnswerOrder.Helpfulness"/>: the two-sided confidence level of the Wilson interval.</param>
    /// <returns>The same answers, in that order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">An answer is null or two share an id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The order is undefined or the confidence is not strictly between 0 and 1.</exception>
    [RequiresMedicalDisclaimer]
    public static ImmutableArray<Answer> Order(IEnumerable<Answer> answers, AnswerOrder order, double confidence = WilsonScore.DefaultConfidence)
    {
        Guard.NotNull(answers, "answers");
        var list = answers as IReadOnlyList<Answer> ?? answers.ToArray();
        Guard.DistinctIds(list, static answer => answer.Id, nameof(answers));
        if (!Enum.IsDefined(order))
        {
            throw Guard.OutOfRange($"Answer order must be one of {string.Join(", ", Enum.GetNames<AnswerOrder>())}; got {Guard.Echo(order.ToString())}.", nameof(order), order);
        }

        var z = order == AnswerOrder.Helpfulness ? WilsonScore.ZForConfidence(confidence) : 0;
        return RankingSort.Descending(list, answer => KeyOf(answer, order, z), static answer => answer.Id);
    }

    /// <summary>An answer's ranking key for <see cref="RankingSort"/>: larger ranks first.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="order">The ranking.</param>
    /// <param name="z">For <see cref="AnswerOrder.Helpfulness"/>, the Wilson interval's z.</param>
    internal static long KeyOf(Answer answer, AnswerOrder order, double z) => order switch
    {
        AnswerOrder.Helpfulness => RankingSort.OrderedBits(WilsonScore.LowerBoundForZ(answer.Votes.Up, answer.Votes.Down, z)),
        AnswerOrder.NetVotes => answer.Votes.Net,
        AnswerOrder.Newest => answer.PostedAt?.UtcTicks ?? long.MinValue,
        AnswerOrder.Oldest => answer.PostedAt is { } posted ? -posted.UtcTicks : long.MinValue,
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "The answer order is not defined."),
    };
}
