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
        => Assert.Throws<ArgumentException>(() => PhysicianRanking.Order([new Physician("x"), new Physician("x", name: "X")]));

    [Fact]
    public void RatingPrior_MeanAboveOne_ThrowsNamingMean()
        => Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => new RatingPrior(1.5, 5)).ParamName);

    [Property]
    public Property Order_ShuffledInput_SameResult(Physician[] physicians)
        => Prop.ForAll(Gen.Shuffle(physicians).ToArbitrary(), shuffled =>
            PhysicianRanking.Order(shuffled).SequenceEqual(PhysicianRanking.Order(physicians)));

    [Property]
    public bool Order_AnyPhysicians_BayesianAverageDescendingThenId(Physician[] physicians)
    {
        var ranked = PhysicianRanking.Order(physicians);
        return ranked.Length == physicians.Length
            && ranked.Zip(ranked.Skip(1)).All(pair =>
            {
                var first = RatingPrior.Default.Average(pair.First.Rating);
                var second = RatingPrior.Default.Average(pair.Second.Rating);
                return first > second || (first == second && string.CompareOrdinal(pair.First.Id, pair.Second.Id) < 0);
            });
    }
}
