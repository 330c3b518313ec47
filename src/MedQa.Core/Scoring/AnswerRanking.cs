using System.Collections.Immutable;

namespace MedQa;

/// <summary>
/// Orders answers for display: by helpfulness, net votes, date, or as the site gave them. Every order is stable (ties
/// keep the given order), and the asker's "this helped" mark is a bounded boost, never a pin.
/// </summary>
/// <remarks>
/// Stack Overflow stopped pinning the accepted answer in 2021 because about 12% of questions had a better-scored answer
/// below it; Scoold keeps an accepted answer on top only within a 5-point margin. So here, in the two vote orders, a
/// helped answer ranks as if its score were higher by a fixed amount (<see cref="HelpedAskerNetVotesBoost"/>,
/// <see cref="HelpedAskerHelpfulnessBoost"/>): among equal scores it goes first, it can pass answers ahead of it by less
/// than the boost, and it never outranks an answer whose score exceeds its own by more than the boost. The date orders
/// and <see cref="AnswerOrder.AsGiven"/> ignore the mark.
/// </remarks>
public static class AnswerRanking
{
    /// <summary>
    /// What the asker's "this helped" mark is worth in <see cref="AnswerOrder.NetVotes"/>: 5 net votes (Scoold's margin).
    /// A helped answer ranks as if it had 5 more; one exactly 5 ahead ties with it (the given order decides).
    /// </summary>
    /// <remarks>The boosted count saturates at <see cref="long.MaxValue"/>: only beyond 9.2 × 10¹⁸ net votes does the boost shrink.</remarks>
    public const long HelpedAskerNetVotesBoost = 5;

    /// <summary>
    /// What the asker's "this helped" mark is worth in <see cref="AnswerOrder.Helpfulness"/>: 0.05 added to the Wilson
    /// lower bound (a score from 0 to 1), so a helped answer with no votes comes after one with a single helpful vote
    /// (0.21 at 95%) and before unvoted ones.
    /// </summary>
    public const double HelpedAskerHelpfulnessBoost = 0.05;

    /// <summary>Returns the answers in the given order; answers it ranks equal keep the order they are given in.</summary>
    /// <param name="answers">The answers, in the site's order; ids must be distinct.</param>
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
        return RankingSort.Descending(list, answer => KeyOf(answer, order, z));
    }

    /// <summary>An answer's ranking key for <see cref="RankingSort"/>: larger ranks first, equal keys keep the given order.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="order">The ranking.</param>
    /// <param name="z">For <see cref="AnswerOrder.Helpfulness"/>, the Wilson interval's z.</param>
    internal static long KeyOf(Answer answer, AnswerOrder order, double z) => order switch
    {
        AnswerOrder.Helpfulness => RankingSort.OrderedBits(
            WilsonScore.LowerBoundForZ(answer.Votes.Up, answer.Votes.Down, z) + (answer.HelpedAsker ? HelpedAskerHelpfulnessBoost : 0)),
        AnswerOrder.NetVotes => answer.HelpedAsker ? SaturatingAdd(answer.Votes.Net, HelpedAskerNetVotesBoost) : answer.Votes.Net,
        AnswerOrder.Newest => answer.PostedAt?.UtcTicks ?? long.MinValue,
        AnswerOrder.Oldest => answer.PostedAt is { } posted ? -posted.UtcTicks : long.MinValue,
        AnswerOrder.AsGiven => 0, // every key equal: the stable sort keeps the given order
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "The answer order is not defined."),
    };

    private static long SaturatingAdd(long value, long boost) => value > long.MaxValue - boost ? long.MaxValue : value + boost;
}
