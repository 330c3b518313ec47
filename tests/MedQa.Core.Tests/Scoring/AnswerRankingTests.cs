using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Samples;

namespace MedQa.Tests.Scoring;

[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
public class AnswerRankingTests
{
    internal static readonly AnswerOrder[] AllOrders = Enum.GetValues<AnswerOrder>();

    internal static Answer At(string id, long up = 0, long down = 0, int? day = null, bool helped = false)
        => new(id, "Body", votes: new VoteTally(up, down), postedAt: day is { } d ? new DateTimeOffset(2024, 1, d, 0, 0, 0, TimeSpan.Zero) : null, helpedAsker: helped);

    internal static string[] Ids(IEnumerable<Answer> answers) => [.. answers.Select(answer => answer.Id)];

    [Fact]
    public void Order_Helpfulness_PrefersMoreEvidenceOverPerfectShare()
    {
        var ranked = AnswerRanking.Order([At("one-vote", up: 1), At("many-votes", up: 90, down: 10)], AnswerOrder.Helpfulness);
        Assert.Equal(["many-votes", "one-vote"], Ids(ranked));
    }

    [Fact]
    public void Order_NetVotes_HighestNetFirst()
    {
        var ranked = AnswerRanking.Order([At("a", up: 5, down: 4), At("b", up: 3), At("c", down: 2)], AnswerOrder.NetVotes);
        Assert.Equal(["b", "a", "c"], Ids(ranked));
    }

    [Fact]
    public void Order_NewestAndOldest_UndatedLast()
    {
        Answer[] answers = [At("undated"), At("early", day: 1), At("late", day: 9)];
        Assert.Equal(["late", "early", "undated"], Ids(AnswerRanking.Order(answers, AnswerOrder.Newest)));
        Assert.Equal(["early", "late", "undated"], Ids(AnswerRanking.Order(answers, AnswerOrder.Oldest)));
    }

    [Fact]
    public void Order_AsGiven_KeepsTheSiteOrderWhateverTheVotes()
    {
        Answer[] answers = [At("z", down: 9), At("a", up: 50, helped: true), At("m", up: 3, day: 2)];
        Assert.Equal(["z", "a", "m"], Ids(AnswerRanking.Order(answers, AnswerOrder.AsGiven)));
    }

    /// <summary>Ties keep the given order: until issue 12 they were sorted by ordinal id ("B", "a", "b").</summary>
    [Theory]
    [MemberData(nameof(Orders))]
    public void Order_Ties_KeepGivenOrder(AnswerOrder order)
        => Assert.Equal(["b", "B", "a"], Ids(AnswerRanking.Order([At("b"), At("B"), At("a")], order)));

    [Theory]
    [InlineData(5)]
    [InlineData(300)]
    public void Order_AllKeysTie_KeepGivenOrder(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"id{(i * 7919) % count}").ToArray();
        Assert.All(AllOrders, order => Assert.Equal(ids, Ids(AnswerRanking.Order(ids.Select(id => At(id)), order))));
    }

    /// <summary>The seed page's four answers have no votes and no dates: every order shows them as the page does (they came out sorted by id before).</summary>
    [Theory]
    [MemberData(nameof(Orders))]
    public void RankedAnswers_SeedThread_UnvotedAnswersKeepThePageOrder(AnswerOrder order)
    {
        var seed = SeedThread.Build();
        Assert.Equal(
            ["naples-general-surgeon", "risks-of-sclerotherapy", "sclerotherapy-rarely-causes-dvt", "samir-shureih"],
            Ids(seed.RankedAnswers(order)));
    }

    [Fact]
    public void Order_DuplicateIds_ThrowsNamingAnswers()
        => Assert.Equal("answers", Assert.ThrowsAny<ArgumentException>(() => AnswerRanking.Order([At("x"), At("x", up: 1)], AnswerOrder.NetVotes)).ParamName);

    [Fact]
    public void Order_UndefinedOrder_Throws()
        => Assert.ThrowsAny<ArgumentOutOfRangeException>(() => AnswerRanking.Order([At("x")], (AnswerOrder)42));

    public static TheoryData<AnswerOrder> Orders() => [.. AllOrders];

    [Property]
    public Property Order_AnyAnswers_IsPermutationOfInput(Answer[] answers)
        => Prop.ForAll(Gen.Elements(AllOrders).ToArbitrary(), order =>
            AnswerRanking.Order(answers, order).OrderBy(answer => answer.Id, StringComparer.Ordinal)
                .SequenceEqual(answers.OrderBy(answer => answer.Id, StringComparer.Ordinal)));

    /// <summary>
    /// The whole contract at once: the result is LINQ's stable <c>OrderByDescending</c> on the documented score (the
    /// boost included), so equal scores keep the given order, for any input order.
    /// </summary>
    [Property]
    public Property Order_AnyAnswersInAnyOrder_IsStableSortByDocumentedScore(Answer[] answers)
        => Prop.ForAll(Gen.Zip(Gen.Shuffle(answers), Gen.Elements(AllOrders)).ToArbitrary(), t =>
            AnswerRanking.Order(t.Item1, t.Item2).SequenceEqual(t.Item1.OrderByDescending(answer => Score(answer, t.Item2))));

    [Property]
    public bool Order_AsGiven_IsTheInput(Answer[] answers)
        => AnswerRanking.Order(answers, AnswerOrder.AsGiven).SequenceEqual(answers);

    /// <summary>Adjacent answers are in score order, and answers of equal score in the order given, never in id order.</summary>
    [Property]
    public Property Order_AdjacentPairs_ByScoreThenGivenPosition(Answer[] answers)
        => Prop.ForAll(Gen.Elements(AllOrders).ToArbitrary(), order =>
        {
            var position = answers.Select((answer, i) => (answer.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i);
            var ranked = AnswerRanking.Order(answers, order);
            return ranked.Zip(ranked.Skip(1)).All(pair =>
                Score(pair.First, order).CompareTo(Score(pair.Second, order)) is var comparison
                && (comparison > 0 || (comparison == 0 && position[pair.First.Id] < position[pair.Second.Id])));
        });

    [Property]
    public bool Order_Newest_DatedDescendingThenUndated(Answer[] answers)
    {
        var ranked = AnswerRanking.Order(answers, AnswerOrder.Newest);
        var dated = ranked.TakeWhile(answer => answer.PostedAt is not null).ToList();
        return ranked.Skip(dated.Count).All(answer => answer.PostedAt is null)
            && dated.Zip(dated.Skip(1)).All(pair => pair.First.PostedAt >= pair.Second.PostedAt);
    }

    /// <summary>
    /// The score each order documents, written independently of the library's keys: the Wilson bound plus 0.05 when
    /// helped; net votes plus 5 when helped (saturating at long.MaxValue); the date (undated last); nothing for AsGiven.
    /// </summary>
    internal static IComparable Score(Answer answer, AnswerOrder order) => order switch
    {
        AnswerOrder.Helpfulness => WilsonScore.LowerBound(answer.Votes.Up, answer.Votes.Down) + (answer.HelpedAsker ? 0.05 : 0),
        AnswerOrder.NetVotes => Int128.Min((Int128)answer.Votes.Net + (answer.HelpedAsker ? 5 : 0), long.MaxValue),
        AnswerOrder.Newest => answer.PostedAt is { } posted ? (1, posted.UtcTicks) : (0, 0L),
        AnswerOrder.Oldest => answer.PostedAt is { } posted ? (1, -posted.UtcTicks) : (0, 0L),
        AnswerOrder.AsGiven => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };
}
