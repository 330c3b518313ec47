using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Scoring;

public class WilsonScoreTests
{
    [Theory]
    // Reference values from the textbook formula with z = 1.959963984540054, computed independently (Python).
    [InlineData(1, 0, 0.20654931437723742)]
    [InlineData(10, 0, 0.7224672001371106)]
    [InlineData(60, 40, 0.5020025867910617)]
    [InlineData(600, 400, 0.5693094295142663)]
    [InlineData(0, 10, 0.0)]
    public void LowerBound_KnownCounts_MatchesFormula(long up, long down, double expected)
        => Assert.Equal(expected, WilsonScore.LowerBound(up, down), precision: 12);

    [Fact]
    public void LowerBound_NoVotes_IsZero() => Assert.Equal(0.0, WilsonScore.LowerBound(0, 0));

    [Fact]
    public void LowerBound_MoreEvidenceSameShare_RanksHigher()
        => Assert.True(WilsonScore.LowerBound(600, 400) > WilsonScore.LowerBound(6, 4));

    [Theory]
    [InlineData(0.95, 1.9599639845400536)]
    [InlineData(0.90, 1.6448536269514715)]
    [InlineData(0.80, 1.2815515655446008)]
    [InlineData(0.99, 2.5758293035489)]
    public void ZForConfidence_CommonLevels_MatchesNormalQuantile(double confidence, double z)
        // Acklam's approximation promises a relative error below 1.15e-9.
        => Assert.Equal(z, WilsonScore.ZForConfidence(confidence), tolerance: z * 1.15e-9);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void ZForConfidence_OutOfRange_ThrowsNamingConfidence(double confidence)
        => Assert.Equal("confidence", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => WilsonScore.ZForConfidence(confidence)).ParamName);

    [Fact]
    public void LowerBoundForZ_NegativeUp_Throws()
        => Assert.ThrowsAny<ArgumentOutOfRangeException>(() => WilsonScore.LowerBoundForZ(-1, 0, 1.96));

    private static readonly Gen<long> Count = ModelArbitraries.VoteCount;

    private static Gen<(TA Item1, TB Item2, TC Item3)> Triple<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c)
        => from x in a from y in b from z in c select (x, y, z);

    private static readonly Gen<double> Confidence = Gen.Elements(0.5, 0.8, 0.9, 0.95, 0.99, 0.999);

    [Property(MaxTest = 500)]
    public Property LowerBound_AnyCounts_LiesInUnitInterval()
        => Prop.ForAll(
            Triple(Count, Count, Confidence).ToArbitrary(),
            t => WilsonScore.LowerBound(t.Item1, t.Item2, t.Item3) is >= 0.0 and <= 1.0);

    [Property(MaxTest = 500)]
    public Property LowerBound_OneMoreHelpfulVote_NeverLowers()
        => Prop.ForAll(
            Triple(Gen.Choose(0, int.MaxValue - 1), Gen.Choose(0, int.MaxValue), Confidence).ToArbitrary(),
            t => WilsonScore.LowerBound(t.Item1 + 1L, t.Item2, t.Item3) >= WilsonScore.LowerBound(t.Item1, t.Item2, t.Item3));

    [Property(MaxTest = 500)]
    public Property LowerBound_OneMoreUnhelpfulVote_NeverRaises()
        => Prop.ForAll(
            Triple(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue - 1), Confidence).ToArbitrary(),
            t => WilsonScore.LowerBound(t.Item1, t.Item2 + 1L, t.Item3) <= WilsonScore.LowerBound(t.Item1, t.Item2, t.Item3));
}
