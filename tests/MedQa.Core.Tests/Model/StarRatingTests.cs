using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Model;

/// <summary>The calls a user writes first compile and mean what they say: doubles, whole numbers and decimals.</summary>
public class StarRatingTests
{
    [Fact]
    public void Constructor_DoubleLiteral_IsTheExactDecimal()
    {
        var rating = new StarRating(4.9, 26);

        Assert.Equal(4.9m, rating.Value);
        Assert.Equal(5m, rating.BestValue);
        Assert.Equal("4.9 out of 5 stars 26 reviews", rating.ToString());
        Assert.Equal(new StarRating(4.9m, 26), rating);
    }

    [Fact]
    public void Constructor_WholeNumbers_PickTheIntOverload()
    {
        Assert.Equal(new StarRating(5m, 1), new StarRating(5, 1));
        Assert.Equal(new StarRating(8m, 3, 10m), new StarRating(8, 3, 10));
        Assert.Equal(new StarRating(8.5m, 3, 10m), new StarRating(8.5, 3, 10));
    }

    [Property(MaxTest = 200)]
    public Property Constructor_AnyHundredthsAsDouble_EqualsTheDecimal()
        => Prop.ForAll(Gen.Choose(0, 500).ToArbitrary(), hundredths =>
            new StarRating(hundredths / 100.0, 3).Value == hundredths / 100m);

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(1e30, "1E+30")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(5.01, "5.01")]
    public void Constructor_DoubleOutOfScale_SaysWhatIsAllowed(double value, string shown)
    {
        var exception = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new StarRating(value, 1));

        Assert.Equal("value", exception.ParamName);
        Assert.Equal($"Rating must be a number from 0 to 5 (the best value of its scale); got {shown}.", exception.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(101.0)]
    public void Constructor_DoubleBadScale_ThrowsNamingBestValue(double best)
        => Assert.Equal("bestValue", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new StarRating(0.0, 1, best)).ParamName);

    [Fact]
    public void Constructor_DecimalOutOfScale_SaysWhatIsAllowed()
        => Assert.Equal(
            "Rating must be a number from 0 to 10 (the best value of its scale); got 10.5.",
            Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new StarRating(10.5m, 1, 10m)).Message);
}
