using System.Numerics;
using FsCheck;
using FsCheck.Xunit;

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

    /// <summary>
    /// The template <c>voteCount >= 0 ? '+' + (voteCount + 1) : (voteCount + 1)</c> evaluated independently of the
    /// implementation: with arbitrary-precision integers and string concatenation, as JavaScript does for safe integers.
    /// </summary>
    private static string TemplateReference(long voteCount)
    {
        var shown = new BigInteger(voteCount) + BigInteger.One;
        return voteCount >= 0 ? "+" + shown.ToString(System.Globalization.CultureInfo.InvariantCulture) : shown.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Property(MaxTest = 1000)]
    public bool Format_Any64BitCount_EqualsTemplateReference(DoNotSize<long> count)
        => VoteDisplay.Format(count.Item) == TemplateReference(count.Item);

    [Property(MaxTest = 1000)]
    public bool TryFormat_Any64BitCount_EqualsFormat(DoNotSize<long> count)
    {
        Span<char> buffer = stackalloc char[VoteDisplay.MaxLength];
        return VoteDisplay.TryFormat(count.Item, buffer, out var written)
            && buffer[..written].SequenceEqual(VoteDisplay.Format(count.Item));
    }

    [Property(MaxTest = 300)]
    public bool TryFormat_DestinationTooSmall_ReturnsFalseAndWritesNothing(DoNotSize<long> count)
    {
        var needed = VoteDisplay.Format(count.Item).Length;
        var buffer = new char[needed - 1];
        return !VoteDisplay.TryFormat(count.Item, buffer, out var written) && written == 0;
    }

    [Fact]
    public void Format_UnderAnotherCulture_UsesAsciiMinus()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Swedish uses U+2212 MINUS SIGN for negative numbers; the template must not.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            Assert.Equal("-41", VoteDisplay.Format(-42));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
