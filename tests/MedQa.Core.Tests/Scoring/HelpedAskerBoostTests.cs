using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MedQa.Tests.Scoring.AnswerRankingTests;

namespace MedQa.Tests.Scoring;

/// <summary>The asker's "this helped" mark is a bounded boost in the vote orders, never a pin (issue 12; DOMAIN "Live site").</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 300)]
public class HelpedAskerBoostTests
{
    private static readonly AnswerOrder[] VoteOrders = [AnswerOrder.Helpfulness, AnswerOrder.NetVotes];

    [Fact]
    public void Boosts_AreTheDocumentedValues()
    {
        Assert.Equal(5, AnswerRanking.HelpedAskerNetVotesBoost);
        Assert.Equal(0.05, AnswerRanking.HelpedAskerHelpfulnessBoost);
    }

    [Fact]
    public void Order_NetVotes_HelpedPassesAnswersLessThanFiveAhead()
        => Assert.Equal(["helped", "four-ahead"], Ids(AnswerRanking.Order([At("four-ahead", up: 4), At("helped", helped: true)], AnswerOrder.NetVotes)));

    [Fact]
    public void Order_NetVotes_ExactlyFiveAheadTies_GivenOrderDecides()
    {
        Assert.Equal(["five-ahead", "helped"], Ids(AnswerRanking.Order([At("five-ahead", up: 5), At("helped", helped: true)], AnswerOrder.NetVotes)));
        Assert.Equal(["helped", "five-ahead"], Ids(AnswerRanking.Order([At("helped", helped: true), At("five-ahead", up: 5)], AnswerOrder.NetVotes)));
    }

    /// <summary>Not a pin: Stack Overflow's unpinned accepted answer sorts below a better-scored one.</summary>
    [Fact]
    public void Order_NetVotes_SixAheadStaysAbove()
        => Assert.Equal(["six-ahead", "helped"], Ids(AnswerRanking.Order([At("helped", helped: true), At("six-ahead", up: 6)], AnswerOrder.NetVotes)));

    [Fact]
    public void Order_Helpfulness_HelpedWithoutVotes_BetweenUnvotedAndOneHelpfulVote()
    {
        var ranked = AnswerRanking.Order([At("unvoted"), At("helped", helped: true), At("one-up", up: 1)], AnswerOrder.Helpfulness);
        Assert.Equal(["one-up", "helped", "unvoted"], Ids(ranked));
    }

    [Fact]
    public void Order_DateOrders_IgnoreTheMark()
    {
        Answer[] answers = [At("helped", day: 1, helped: true), At("later", day: 2)];
        Assert.Equal(["later", "helped"], Ids(AnswerRanking.Order(answers, AnswerOrder.Newest)));
        Assert.Equal(["helped", "later"], Ids(AnswerRanking.Order(answers, AnswerOrder.Oldest)));
        Assert.Equal(["helped", "later"], Ids(AnswerRanking.Order(answers.Reverse(), AnswerOrder.Oldest)));
    }

    [Fact]
    public void Order_NetVotes_NearLongMaxValue_BoostSaturates()
    {
        var ranked = AnswerRanking.Order([At("plain", up: long.MaxValue), At("helped", up: long.MaxValue, helped: true)], AnswerOrder.NetVotes);
        Assert.Equal(["plain", "helped"], Ids(ranked)); // saturated: equal keys, given order (documented on HelpedAskerNetVotesBoost)
        Assert.Equal(["helped", "plain"], Ids(AnswerRanking.Order([At("plain", up: long.MaxValue - 5), At("helped", up: long.MaxValue - 5, helped: true)], AnswerOrder.NetVotes)));
    }

    /// <summary>A helped answer never outranks an unhelped answer whose score exceeds its own by more than the boost.</summary>
    [Property]
    public Property Order_Helped_NeverAboveAnswerMoreThanTheBoostAhead(Answer[] answers)
        => Prop.ForAll(Gen.Elements(VoteOrders).ToArbitrary(), order =>
        {
            var ranked = AnswerRanking.Order(answers, order);
            for (var i = 0; i < ranked.Length; i++)
            {
                for (var j = i + 1; j < ranked.Length; j++)
                {
                    if (ranked[i].HelpedAsker && !ranked[j].HelpedAsker && Exceeds(ranked[j], ranked[i], order))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    /// <summary>With equal scores the helped answer goes first, whatever the given order (below the saturation point).</summary>
    [Property]
    public Property Order_EqualScores_HelpedFirst(VoteTally votes, bool helpedGivenFirst)
        => Prop.ForAll(Gen.Elements(VoteOrders).ToArbitrary(), order =>
        {
            var helped = new Answer("helped", "Body", votes: votes, helpedAsker: true);
            var plain = new Answer("plain", "Body", votes: votes);
            var ranked = AnswerRanking.Order(helpedGivenFirst ? [helped, plain] : [plain, helped], order);
            return votes.Net > long.MaxValue - AnswerRanking.HelpedAskerNetVotesBoost && order == AnswerOrder.NetVotes
                ? ranked.Length == 2
                : ranked[0] == helped;
        });

    /// <summary>The mark moves only the answers that carry it: the others keep the relative order they have without any mark.</summary>
    [Property]
    public Property Order_AnyMarks_UnmarkedAnswersKeepTheirRelativeOrder(Answer[] answers)
        => Prop.ForAll(Gen.Elements(VoteOrders).ToArbitrary(), order =>
        {
            var marked = answers.Where(answer => answer.HelpedAsker).Select(answer => answer.Id).ToHashSet(StringComparer.Ordinal);
            var unmarkedAll = answers.Select(answer => new Answer(answer.Id, answer.Body, votes: answer.Votes, postedAt: answer.PostedAt)).ToArray();
            var expected = AnswerRanking.Order(unmarkedAll, order).Select(answer => answer.Id).Where(id => !marked.Contains(id));

            return AnswerRanking.Order(answers, order).Where(answer => !answer.HelpedAsker).Select(answer => answer.Id).SequenceEqual(expected);
        });

    // Whether `ahead`'s plain score exceeds `helped`'s by more than the order's boost (exact arithmetic for net votes).
    private static bool Exceeds(Answer ahead, Answer helped, AnswerOrder order) => order == AnswerOrder.NetVotes
        ? (Int128)ahead.Votes.Net > (Int128)helped.Votes.Net + AnswerRanking.HelpedAskerNetVotesBoost
        : WilsonScore.LowerBound(ahead.Votes.Up, ahead.Votes.Down) > WilsonScore.LowerBound(helped.Votes.Up, helped.Votes.Down) + AnswerRanking.HelpedAskerHelpfulnessBoost;
}
