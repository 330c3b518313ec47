using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Scoring;

[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
public class AnswerRankingTests
{
    private static readonly AnswerOrder[] AllOrders = Enum.GetValues<AnswerOrder>();

    private static Answer At(string id, long up = 0, long down = 0, int? day = null)
        => new(id, "Body", votes: new VoteTally(up, down), postedAt: day is { } d ? new DateTimeOffset(2024, 1, d, 0, 0, 0, TimeSpan.Zero) : null);

    [Fact]
    public void Order_Helpfulness_PrefersMoreEvidenceOverPerfectShare()
    {
        var ranked = AnswerRanking.Order([At("one-vote", up: 1), At("many-votes", up: 90, down: 10)], AnswerOrder.Helpfulness);
        Assert.Equal(["many-votes", "one-vote"], ranked.Select(answer => answer.Id));
    }

    [Fact]
    public void Order_NetVotes_HighestNetFirst()
    {
        var ranked = AnswerRanking.Order([At("a", up: 5, down: 4), At("b", up: 3), At("c", down: 2)], AnswerOrder.NetVotes);
        Assert.Equal(["b", "a", "c"], ranked.Select(answer => answer.Id));
    }

    [Fact]
    public void Order_NewestAndOldest_UndatedLast()
    {
        Answer[] answers = [At("undated"), At("early", day: 1), At("late", day: 9)];
        Assert.Equal(["late", "early", "undated"], AnswerRanking.Order(answers, AnswerOrder.Newest).Select(answer => answer.Id));
        Assert.Equal(["early", "late", "undated"], AnswerRanking.Order(answers, AnswerOrder.Oldest).Select(answer => answer.Id));
    }

    [Fact]
    public void Order_Ties_BrokenByOrdinalId()
    {
        var ranked = AnswerRanking.Order([At("b"), At("B"), At("a")], AnswerOrder.NetVotes);
        Assert.Equal(["B", "a", "b"], ranked.Select(answer => answer.Id));
    }

    [Theory]
    [InlineData(5)]     // a short run of equal keys: insertion sort
    [InlineData(300)]   // a long run: merge sort
    public void Order_AllKeysTie_OrderedByOrdinalId(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"id{(i * 7919) % count}").ToArray();
        var ranked = AnswerRanking.Order(ids.Select(id => At(id)), AnswerOrder.Helpfulness);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ranked.Select(answer => answer.Id));
    }

    [Fact]
    public void Order_DuplicateIds_ThrowsNamingAnswers()
        => Assert.Equal("answers", Assert.ThrowsAny<ArgumentException>(() => AnswerRanking.Order([At("x"), At("x", up: 1)], AnswerOrder.NetVotes)).ParamName);

    [Fact]
    public void Order_UndefinedOrder_Throws()
        => Assert.ThrowsAny<ArgumentOutOfRangeException>(() => AnswerRanking.Order([At("x")], (AnswerOrder)42));

    [Property]
    public Property Order_AnyAnswers_IsPermutationOfInput(Answer[] answers)
        => Prop.ForAll(Gen.Elements(AllOrders).ToArbitrary(), order =>
            AnswerRanking.Order(answers, order).OrderBy(answer => answer.Id, StringComparer.Ordinal)
                .SequenceEqual(answers.OrderBy(answer => answer.Id, StringComparer.Ordinal)));

    [Property]
    public Property Order_ShuffledInput_SameResult(Answer[] answers)
        => Prop.ForAll(Gen.Zip(Gen.Shuffle(answers), Gen.Elements(AllOrders)).ToArbitrary(), t =>
            AnswerRanking.Order(t.Item1, t.Item2).SequenceEqual(AnswerRanking.Order(answers, t.Item2)));

    /// <summary>Total: every adjacent pair is in key order, and equal keys are in ordinal id order, never left as given.</summary>
    [Property]
    public bool Order_Helpfulness_AdjacentPairsOrderedByScoreThenId(Answer[] answers)
    {
        var ranked = AnswerRanking.Order(answers, AnswerOrder.Helpfulness);
        for (var i = 1; i < ranked.Length; i++)
        {
            var previous = WilsonScore.LowerBound(ranked[i - 1].Votes.Up, ranked[i - 1].Votes.Down);
            var current = WilsonScore.LowerBound(ranked[i].Votes.Up, ranked[i].Votes.Down);
            if (previous < current || (previous == current && string.CompareOrdinal(ranked[i - 1].Id, ranked[i].Id) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Order_NetVotes_AdjacentPairsOrderedByNetThenId(Answer[] answers)
    {
        var ranked = AnswerRanking.Order(answers, AnswerOrder.NetVotes);
        return ranked.Zip(ranked.Skip(1)).All(pair =>
            pair.First.Votes.Net > pair.Second.Votes.Net
            || (pair.First.Votes.Net == pair.Second.Votes.Net && string.CompareOrdinal(pair.First.Id, pair.Second.Id) < 0));
    }

    [Property]
    public bool Order_Newest_DatedDescendingThenUndated(Answer[] answers)
    {
        var ranked = AnswerRanking.Order(answers, AnswerOrder.Newest);
        var dated = ranked.TakeWhile(answer => answer.PostedAt is not null).ToList();
        return ranked.Skip(dated.Count).All(answer => answer.PostedAt is null)
            && dated.Zip(dated.Skip(1)).All(pair => pair.First.PostedAt >= pair.Second.PostedAt);
    }
}
