using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Model;

public class NpiTests
{
    /// <summary>Nine random digits after a leading 1 or 2, completed with their check digit.</summary>
    private static readonly Arbitrary<string> ValidNpis =
        (from first in Gen.Elements('1', '2')
         from rest in Gen.ArrayOf(Gen.Choose(0, 9), 8)
         let nine = first + string.Concat(rest)
         select nine + Npi.CheckDigit(nine)).ToArbitrary();

    [Fact]
    public void CheckDigit_CmsWorkedExample_IsThree() => Assert.Equal(3, Npi.CheckDigit("123456789"));

    [Fact]
    public void Parse_CmsWorkedExample_Accepts() => Assert.Equal("1234567893", Npi.Parse("1234567893").Value);

    [Theory]
    [InlineData("1234567890")]   // wrong check digit
    [InlineData("3234567893")]   // first digit not 1 or 2
    [InlineData("123456789")]    // nine digits
    [InlineData("12345678934")]  // eleven digits
    [InlineData("12345678a3")]
    [InlineData("１234567893")] // a full-width digit is not an ASCII digit
    [InlineData("")]
    public void Parse_Invalid_ThrowsFormatException(string value)
    {
        Assert.Throws<FormatException>(() => Npi.Parse(value));
        Assert.False(Npi.TryParse(value, out _));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull() => Assert.ThrowsAny<ArgumentNullException>(() => Npi.Parse(null!));

    [Property(MaxTest = 300)]
    public Property IsValid_GeneratedWithCheckDigit_Accepts()
        => Prop.ForAll(ValidNpis, Npi.IsValid);

    [Property(MaxTest = 300)]
    public Property IsValid_AnySingleDigitChange_Rejects()
        => Prop.ForAll(ValidNpis, npi =>
        {
            for (var position = 0; position < 10; position++)
            {
                for (var digit = '0'; digit <= '9'; digit++)
                {
                    if (digit != npi[position] && Npi.IsValid(string.Concat(npi.AsSpan(0, position), [digit], npi.AsSpan(position + 1))))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Fact]
    public void Default_IsNotAcceptedByPhysician()
        => Assert.Equal("npi", Assert.ThrowsAny<ArgumentException>(() => new Physician("p", npi: default(Npi))).ParamName);
}
