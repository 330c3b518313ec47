using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Scoring;

[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
public class PhysicianRankingTests
{
    [Fact]
    public void Order_ManyGoodReviewsVersusOnePerfect_ManyGoodFirst()
    {
        var goldman = new Physician("goldman", rating: new StarRating(4.9m, 26));
        var newcomer = new Physician("newcomer", rating: new StarRating(5.0m, 1));
        // AsEnumerable: ImmutableArray's own Equals compares array references, not items.
        Assert.Equal([goldman, newcomer], PhysicianRanking.Order([newcomer, goldman]).AsEnumerable());
    }

    [Fact]
    public void Average_DefaultPrior_MatchesDocumentedFigures()
    {
        Assert.Equal(0.951, RatingPrior.Default.Average(new StarRating(4.9m, 26)), precision: 3);
        Assert.Equal(0.833, RatingPrior.Default.Average(new StarRating(5.0m, 1)), precision: 3);
        Assert.Equal(0.8, RatingPrior.Default.Average(null));
    }

    [Fact]
    public void Order_DuplicateIds_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => PhysicianRanking.Order([new Physician("x"), new Physician("x", name: "X")]));

    [Fact]
    public void RatingPrior_MeanAboveOne_ThrowsNamingMean()
        => Assert.Equal("mean", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RatingPrior(1.5, 5)).ParamName);

    private static QaThread ThreadBy(params Physician?[] authors)
        => new(new Question("q", "Question?"), authors.Select((author, i) => new Answer("a" + i, "Body " + i, author: author)), MedicalDisclaimer.Standard);

    [Fact]
    public void OrderAuthors_PhysicianWithTwoAnswersAndAnAnswerWithoutAuthor_RanksEachAuthorOnce()
    {
        var goldman = new Physician("goldman", rating: new StarRating(4.9m, 26));
        var newcomer = new Physician("newcomer", rating: new StarRating(5.0m, 1));
        var thread = ThreadBy(newcomer, goldman, null, goldman);

        // The call: thread.Answers.Select(a => a.Author) holds a duplicate and a null, which Order rejects.
        Assert.Equal([goldman, newcomer], PhysicianRanking.OrderAuthors(thread).AsEnumerable());
        Assert.Equal([goldman, newcomer], thread.RankedAuthors().AsEnumerable());
    }

    [Fact]
    public void OrderAuthors_NoAuthors_Empty() => Assert.Empty(PhysicianRanking.OrderAuthors(ThreadBy(null, null)));

    [Fact]
    public void OrderAuthors_Prior_IsUsed()
    {
        var few = new Physician("few", rating: new StarRating(5.0m, 2));
        var many = new Physician("many", rating: new StarRating(4.5m, 100));
        var thread = ThreadBy(few, many);

        Assert.Equal([few, many], PhysicianRanking.OrderAuthors(thread, new RatingPrior(0.8, 0)).AsEnumerable());
        Assert.Equal([many, few], thread.RankedAuthors(RatingPrior.Stars(mean: 4, weight: 50)).AsEnumerable());
    }

    [Fact]
    public void OrderAuthors_NullThread_ThrowsNamingThread()
        => Assert.Equal("thread", Assert.ThrowsAny<ArgumentNullException>(() => PhysicianRanking.OrderAuthors(null!)).ParamName);

    [Fact]
    public void Order_ThreadAuthorsWithRepeatOrNull_MessageSaysWhatToCall()
    {
        var goldman = new Physician("goldman");
        var repeat = Assert.ThrowsAny<ArgumentException>(() => PhysicianRanking.Order([goldman, goldman]));
        var missing = Assert.ThrowsAny<ArgumentException>(() => PhysicianRanking.Order([goldman, null!]));

        Assert.Equal("physicians", repeat.ParamName);
        Assert.Equal("Physicians must have distinct ids; \"goldman\" repeats at index 1; to rank a thread's authors, call PhysicianRanking.OrderAuthors(thread), which skips answers without an author and counts each physician once.", repeat.Message);
        Assert.Contains("PhysicianRanking.OrderAuthors(thread)", missing.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool OrderAuthors_AnyAuthors_IsOrderOfTheDistinctAuthors(Physician[] physicians, bool[] withoutAuthor)
    {
        // Each physician writes one or two answers; some answers have no author.
        var authors = physicians.SelectMany((physician, i) => i % 2 == 0 ? new[] { physician } : [physician, physician])
            .Select((physician, i) => i < withoutAuthor.Length && withoutAuthor[i] ? null : physician)
            .ToArray();
        var distinct = authors.OfType<Physician>().DistinctBy(physician => physician.Id);

        return PhysicianRanking.OrderAuthors(ThreadBy(authors)).SequenceEqual(PhysicianRanking.Order(distinct));
    }

    [Fact]
    public void Order_EqualAverages_KeepGivenOrder()
    {
        Physician[] physicians = [new("zed"), new("amy", rating: new StarRating(4, 5)), new("Bob")]; // all average the prior's 4 of 5
        Assert.Equal(["zed", "amy", "Bob"], PhysicianRanking.Order(physicians).Select(physician => physician.Id));
    }

    /// <summary>Stable: LINQ's stable OrderByDescending on the Bayesian average, for any input order (ties were sorted by id before issue 12).</summary>
    [Property]
    public Property Order_ShuffledInput_IsStableSortByAverage(Physician[] physicians)
        => Prop.ForAll(Gen.Shuffle(physicians).ToArbitrary(), shuffled =>
            PhysicianRanking.Order(shuffled).SequenceEqual(shuffled.OrderByDescending(physician => RatingPrior.Default.Average(physician.Rating))));

    [Property]
    public bool Order_AnyPhysicians_BayesianAverageDescendingThenGivenPosition(Physician[] physicians)
    {
        var position = physicians.Select((physician, i) => (physician.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i);
        var ranked = PhysicianRanking.Order(physicians);
        return ranked.Length == physicians.Length
            && ranked.Zip(ranked.Skip(1)).All(pair =>
            {
                var first = RatingPrior.Default.Average(pair.First.Rating);
                var second = RatingPrior.Default.Average(pair.Second.Rating);
                return first > second || (first == second && position[pair.First.Id] < position[pair.Second.Id]);
            });
    }
}
