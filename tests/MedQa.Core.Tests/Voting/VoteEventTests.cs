namespace MedQa.Tests.Voting;

public class VoteEventTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Regression: an undefined direction was reported as parameter "after" (the pattern variable), not "direction".</summary>
    [Fact]
    public void Constructor_UndefinedDirection_ThrowsNamingDirection()
    {
        var exception = Assert.ThrowsAny<ArgumentOutOfRangeException>(
            () => new VoteEvent("a", "v", VoteChange.Cast, null, (VoteDirection)7, Noon));

        Assert.Equal("direction", exception.ParamName);
        Assert.Equal("Direction must be one of Up, Down; got \"7\".", exception.Message);
    }

    /// <summary>Regression: an undefined previous direction was reported as parameter "before".</summary>
    [Fact]
    public void Constructor_UndefinedPreviousDirection_ThrowsNamingPrevious()
    {
        var exception = Assert.ThrowsAny<ArgumentOutOfRangeException>(
            () => new VoteEvent("a", "v", VoteChange.Retracted, (VoteDirection)(-1), null, Noon));

        Assert.Equal("previous", exception.ParamName);
        Assert.Equal("Previous direction must be one of Up, Down; got \"-1\".", exception.Message);
    }

    [Fact]
    public void Constructor_MissingPrevious_ThrowsNamingPrevious()
        => Assert.Equal("previous", Assert.ThrowsAny<ArgumentException>(() => new VoteEvent("a", "v", VoteChange.Changed, null, VoteDirection.Up, Noon)).ParamName);
}
