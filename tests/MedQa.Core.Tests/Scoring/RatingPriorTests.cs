namespace MedQa.Tests.Scoring;

/// <summary>A prior speaks in stars on the ratings' scale (RatingPrior.Stars), and the fraction constructor says so.</summary>
public class RatingPriorTests
{
    [Fact]
    public void Stars_FourOfFiveWeightFive_IsTheDefault()
    {
        Assert.Equal(RatingPrior.Default, RatingPrior.Stars(mean: 4, weight: 5));
        Assert.Equal(0.8, RatingPrior.Stars(mean: 4, weight: 5).Mean);
    }

    [Fact]
    public void Stars_OnATenPointScale_IsTheSameFraction()
        => Assert.Equal(0.8, RatingPrior.Stars(mean: 8, weight: 5, bestValue: 10).Mean, precision: 15);

    [Fact]
    public void Stars_RanksOnTheRatingsOwnScale()
    {
        var prior = RatingPrior.Stars(mean: 4, weight: 5);

        Assert.Equal(0.951, prior.Average(new StarRating(4.9, 26)), precision: 3);
        Assert.Equal(0.833, prior.Average(new StarRating(5, 1)), precision: 3);
        Assert.Equal(0.951, prior.Average(new StarRating(9.8, 26, 10)), precision: 3);
    }

    [Fact]
    public void Constructor_MeanInStars_SaysWhatToWrite()
    {
        var exception = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RatingPrior(4, 5));

        Assert.Equal("mean", exception.ParamName);
        Assert.Equal(
            "Prior mean must be a fraction of the scale from 0 to 1 (4 of 5 stars is 0.8); got 4: for stars write RatingPrior.Stars(mean: 4, weight: 5).",
            exception.Message);
    }

    [Fact]
    public void Constructor_MeanOnALargerScale_MentionsBestValue()
        => Assert.Contains("RatingPrior.Stars(mean: 8, weight: 5, bestValue:", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RatingPrior(8, 5)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(6, 5, 5, "mean")]
    [InlineData(-1, 5, 5, "mean")]
    [InlineData(4, -1, 5, "weight")]
    [InlineData(4, 5, 0, "bestValue")]
    [InlineData(double.NaN, 5, 5, "mean")]
    public void Stars_OutOfRange_ThrowsNamingTheParameter(double mean, double weight, double bestValue, string field)
        => Assert.Equal(field, Assert.ThrowsAny<ArgumentOutOfRangeException>(() => RatingPrior.Stars(mean, weight, bestValue)).ParamName);

    [Fact]
    public void Stars_MeanAboveTheScale_SaysTheScale()
        => Assert.Equal(
            "Prior mean (in stars out of 5) must be a number from 0 to 5; got 6.",
            Assert.ThrowsAny<ArgumentOutOfRangeException>(() => RatingPrior.Stars(mean: 6, weight: 5)).Message);
}
