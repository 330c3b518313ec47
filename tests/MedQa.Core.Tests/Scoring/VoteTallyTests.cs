using System.Xml.Linq;
using MedQa.Tests.Rendering;

namespace MedQa.Tests.Scoring;

public class VoteTallyTests
{
    [Fact]
    public void Constructor_NegativeUp_ThrowsNamingUp()
        => Assert.Equal("up", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VoteTally(-1, 0)).ParamName);

    [Fact]
    public void Constructor_NegativeDown_ThrowsNamingDown()
        => Assert.Equal("down", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VoteTally(0, -1)).ParamName);

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

    [Theory]
    [InlineData(0, 0, "0")]
    [InlineData(5, 0, "5")]
    [InlineData(1, 3, "-2")]
    [InlineData(long.MaxValue, 0, "9223372036854775807")]
    public void Interpolation_FormatN_IsTheNetCount(long up, long down, string expected)
    {
        var votes = new VoteTally(up, down);
        Assert.Equal(expected, $"{votes:N}");
        Assert.Equal(expected, votes.ToString("n", null));
    }

    [Fact]
    public void Summary_FirstSentence_SaysTheDefaultDisplayAndFormatN()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(VoteTally).Assembly.Location, ".xml"));
        var summary = docs.Descendants("member").Single(member => member.Attribute("name")!.Value == "T:MedQa.VoteTally").Element("summary")!.Value;
        var firstSentence = string.Join(' ', summary.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)).Split(". ")[0];

        Assert.Contains("seed page's template", firstSentence, StringComparison.Ordinal);
        Assert.Contains("net + 1", firstSentence, StringComparison.Ordinal);
        Assert.Contains("\"+1\" for no votes", firstSentence, StringComparison.Ordinal);
        Assert.Contains("format \"N\" gives the plain net count", firstSentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_VotesSection_SaysTheDefaultDisplayAndFormatN()
    {
        var readme = File.ReadAllText(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "README.md"));
        var votes = readme[readme.IndexOf("### Votes and ranking", StringComparison.Ordinal)..];
        votes = votes[..votes.IndexOf("\n- `AnswerRanking", StringComparison.Ordinal)];

        Assert.Contains("default display is the seed page's template, net + 1", votes, StringComparison.Ordinal);
        Assert.Contains("`$\"{votes:N}\"` shows `0`", votes, StringComparison.Ordinal);
    }
}
