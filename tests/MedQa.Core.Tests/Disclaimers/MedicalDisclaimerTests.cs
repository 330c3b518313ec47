using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Disclaimers;

public class MedicalDisclaimerTests
{
    private const string Educational = MedicalDisclaimer.StandardEducationalStatement;
    private const string NoRelationship = MedicalDisclaimer.StandardNoRelationshipStatement;

    [Fact]
    public void Standard_IsSeedTextWith911()
        => Assert.Equal(
            "These answers are for educational purposes and should not be relied upon as a substitute for medical advice you may receive from your physician. If you have a medical emergency, please call 911. These answers do not constitute or initiate a patient/doctor relationship.",
            MedicalDisclaimer.Standard.ToString());

    [Theory]
    [InlineData("US", "911")]
    [InlineData("CA", "911")]
    [InlineData("MX", "911")]
    [InlineData("EU", "112")]
    [InlineData("DE", "112")]
    [InlineData("fr", "112")]
    [InlineData("GB", "999")]
    [InlineData("AU", "000")]
    [InlineData("NZ", "111")]
    [InlineData("IN", "112")]
    [InlineData("JP", "119")]
    [InlineData("KR", "119")]
    [InlineData("CN", "120")]
    [InlineData("BR", "192")]
    [InlineData("ZA", "10177")]
    [InlineData("SG", "995")]
    [InlineData("HK", "999")]
    [InlineData("AE", "998")]
    public void ForRegion_KnownRegion_NamesLocalNumber(string region, string number)
    {
        var disclaimer = MedicalDisclaimer.ForRegion(region);
        Assert.Equal(number, disclaimer.EmergencyNumber.Number);
        Assert.Equal($"If you have a medical emergency, please call {number}.", disclaimer.EmergencyStatement);
        Assert.Equal(Educational, disclaimer.EducationalStatement);
        Assert.Equal(NoRelationship, disclaimer.NoRelationshipStatement);
    }

    [Fact]
    public void Known_CoversAtLeastTenRegionsAndAllEuMembers()
    {
        Assert.True(EmergencyNumber.Known.Count >= 10 + 27);
        Assert.Equal(28, EmergencyNumber.Known.Values.Count(number => number.Number == "112" && number.RegionCode != "IN"));
    }

    [Fact]
    public void ForRegion_UnknownRegion_ThrowsNamingRegionCode()
        => Assert.Equal("regionCode", Assert.ThrowsAny<ArgumentException>(() => MedicalDisclaimer.ForRegion("ZZ")).ParamName);

    [Fact]
    public void Constructor_CustomWordingKeepingAllThree_Accepted()
    {
        var custom = new MedicalDisclaimer(
            "For education only; ask your own doctor.", "Emergency? Dial 999 now.", "No doctor–patient relationship is formed.", EmergencyNumber.ForRegion("GB"));
        Assert.Equal("For education only; ask your own doctor. Emergency? Dial 999 now. No doctor–patient relationship is formed.", custom.Text);
        Assert.Equal(3, custom.Statements.Count);
    }

    [Theory]
    [InlineData("Call your local emergency number.")]
    [InlineData("Call 9110.")]
    [InlineData("Call 1911.")]
    public void Constructor_EmergencyStatementWithoutNumber_ThrowsNamingEmergencyStatement(string statement)
        => Assert.Equal("emergencyStatement", Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(Educational, statement, NoRelationship, EmergencyNumber.UnitedStates)).ParamName);

    private static readonly Arbitrary<string> Blank = Gen.Elements("", " ", "\t\n", "\u00A0").ToArbitrary();

    [Property(MaxTest = 20)]
    public Property Constructor_AnyBlankStatement_ThrowsNamingIt()
        => Prop.ForAll(Blank, blank =>
            Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(blank, "Call 911.", NoRelationship, EmergencyNumber.UnitedStates)).ParamName == "educationalStatement"
            && Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(Educational, blank, NoRelationship, EmergencyNumber.UnitedStates)).ParamName == "emergencyStatement"
            && Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(Educational, "Call 911.", blank, EmergencyNumber.UnitedStates)).ParamName == "noRelationshipStatement");

    [Fact]
    public void Constructor_DefaultEmergencyNumber_ThrowsNamingEmergencyNumber()
        => Assert.Equal("emergencyNumber", Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(Educational, "Call 911.", NoRelationship, default)).ParamName);

    [Theory]
    [InlineData("U", "911", "regionCode")]
    [InlineData("U1", "911", "regionCode")]
    [InlineData("US", "9", "number")]
    [InlineData("US", "91a", "number")]
    public void EmergencyNumber_Malformed_ThrowsNamingField(string region, string number, string field)
        => Assert.Equal(field, Assert.ThrowsAny<ArgumentException>(() => new EmergencyNumber(region, number)).ParamName);

    [Fact]
    public void Equality_SameWording_Equal() => Assert.Equal(MedicalDisclaimer.ForRegion("US"), MedicalDisclaimer.Standard);
}
