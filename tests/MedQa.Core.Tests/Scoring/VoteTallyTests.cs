namespace MedQa.Tests.Scoring;

public class VoteTallyTests
{
    [Fact]
    public void Constructor_NegativeUp_ThrowsNamingUp()
        => Assert.Equal("up", Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(-1, 0)).ParamName);

    [Fact]
    public void Constructor_NegativeDown_ThrowsNamingDown()
        => Assert.Equal("down", Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(0, -1)).ParamName);

    [Fact]
    public void Net_AtInt32Max_DoesNotOverflow()
    {
        var tally = new VoteTally(int.MaxValue, 0);
        Assert.Equal(int.MaxValue, tally.Net);
        Assert.Equal("+2147483648", tally.ToString());
    }

    [Fact]
    public void Total_BothAtInt64Max_IsExact()
        => Assert.Equal(2UL * long.MaxValue, new VoteTally(long.MaxValue, long.MaxValue).Total);

    [Fact]
    public void Net_ExtremeCounts_IsExact()
    {
        Assert.Equal(long.MaxValue, new VoteTally(long.MaxValue, 0).Net);
        Assert.Equal(-long.MaxValue, new VoteTally(0, long.MaxValue).Net);
    }

    [Theory]
    [InlineData(3, 1, "G", "+3")]
    [InlineData(3, 1, "", "+3")]
    [InlineData(1, 3, "N", "-2")]
    [InlineData(3, 1, "N", "2")]
    public void ToString_Format_WritesDisplayOrNet(long up, long down, string format, string expected)
        => Assert.Equal(expected, new VoteTally(up, down).ToString(format, null));

    [Fact]
    public void ToString_UnknownFormat_ThrowsFormatException()
        => Assert.Throws<FormatException>(() => new VoteTally(1, 0).ToString("X", null));

    [Fact]
    public void Interpolation_UsesSeedDisplay()
        => Assert.Equal("votes: +6", $"votes: {new VoteTally(5, 0)}");

    [Fact]
    public void Default_IsNone()
    {
        Assert.Equal(VoteTally.None, default);
        Assert.Equal("+1", VoteTally.None.ToString());
    }
}
