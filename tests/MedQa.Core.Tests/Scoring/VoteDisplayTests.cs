namespace MedQa.Tests.Scoring;

public class VoteDisplayTests
{
    [Theory]
    [InlineData(0, "+1")]
    [InlineData(5, "+6")]
    [InlineData(-1, "0")]
    [InlineData(-2, "-1")]
    [InlineData(long.MaxValue, "+9223372036854775808")]
    [InlineData(-long.MaxValue, "-9223372036854775806")]
    [InlineData(long.MinValue, "-9223372036854775807")]
    public void Format_SeedExamples_MatchTemplate(long voteCount, string expected)
        => Assert.Equal(expected, VoteDisplay.Format(voteCount));
}
