using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Verification;

[Properties(Arbitrary = [typeof(VerificationArbitraries)], MaxTest = 300)]
public class MedicalLicenceTests
{
    private static readonly DateTimeOffset Verified = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateTimeOffset Expires = new(2027, 1, 31, 0, 0, 0, TimeSpan.FromHours(-8));

    private static MedicalLicence Licence(LicenceStatus status = LicenceStatus.Active, DateTimeOffset? verifiedAt = null, DateTimeOffset? expiresAt = null)
        => new("A123456", "Medical Board of California", status, verifiedAt ?? Verified, expiresAt ?? Expires);

    [Fact]
    public void Constructor_ValidLicence_KeepsEveryField()
    {
        var licence = Licence();
        Assert.Equal(("A123456", "Medical Board of California", LicenceStatus.Active), (licence.Number, licence.Jurisdiction, licence.Status));
        Assert.Equal(Verified, licence.VerifiedAt);
        Assert.Equal(Expires, licence.ExpiresAt);
        Assert.Equal("Licence A123456 (Medical Board of California, Active, expires 2027-01-31)", licence.ToString());
    }

    [Fact]
    public void IsValidAt_Boundaries_FromVerificationUntilJustBeforeExpiry()
    {
        var licence = Licence();
        Assert.False(licence.IsValidAt(Verified.AddTicks(-1)));
        Assert.True(licence.IsValidAt(Verified));
        Assert.True(licence.IsValidAt(Expires.AddTicks(-1)));
        Assert.False(licence.IsValidAt(Expires));
    }

    [Fact]
    public void IsValidAt_SameInstantInAnotherOffset_SameAnswer()
        => Assert.False(Licence().IsValidAt(Expires.ToOffset(TimeSpan.FromHours(14))));

    [Theory]
    [InlineData(LicenceStatus.Inactive)]
    [InlineData(LicenceStatus.Expired)]
    [InlineData(LicenceStatus.Suspended)]
    [InlineData(LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Surrendered)]
    public void IsValidAt_NotActive_NeverValid(LicenceStatus status)
        => Assert.False(Licence(status).IsValidAt(Verified.AddDays(1)));

    [Fact]
    public void IsValidAt_NeverVerified_NeverValid()
        => Assert.False(new MedicalLicence("A1", "NY", LicenceStatus.Active, null, Expires).IsValidAt(Verified));

    [Fact]
    public void Constructor_ExpiryAtVerification_ThrowsNamingExpiresAt()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => Licence(expiresAt: Verified));
        Assert.Equal("expiresAt", exception.ParamName);
        Assert.Equal(
            "Licence expiry must be after its verification; got expiry 2026-03-01T09:00:00.0000000-05:00 and verification 2026-03-01T09:00:00.0000000-05:00.",
            exception.Message);
    }

    [Fact]
    public void Constructor_DefaultExpiry_ThrowsNamingExpiresAt()
        => Assert.Equal("expiresAt", Assert.ThrowsAny<ArgumentException>(() => new MedicalLicence("A1", "NY", LicenceStatus.Active, null, default)).ParamName);

    [Theory]
    [InlineData(null, "NY", "number")]
    [InlineData(" ", "NY", "number")]
    [InlineData("A1", null, "jurisdiction")]
    [InlineData("A1", "\u200B", "jurisdiction")]
    public void Constructor_MissingOrBlankText_ThrowsNamingIt(string? number, string? jurisdiction, string field)
        => Assert.Equal(field, Assert.ThrowsAny<ArgumentException>(() => new MedicalLicence(number!, jurisdiction!, LicenceStatus.Active, null, Expires)).ParamName);

    [Fact]
    public void Constructor_NumberTooLong_ThrowsNamingNumber()
        => Assert.Equal("number", Assert.ThrowsAny<ArgumentException>(() => new MedicalLicence(new string('1', MedicalLicence.MaxNumberLength + 1), "NY", LicenceStatus.Active, null, Expires)).ParamName);

    [Fact]
    public void Constructor_UndefinedStatus_ThrowsNamingStatus()
        => Assert.Equal("status", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => Licence((LicenceStatus)99)).ParamName);

    /// <summary>Construction accepts exactly the licences that expire after they were verified.</summary>
    [Property]
    public bool Constructor_AnyDates_RejectsExactlyExpiryNotAfterVerification(DateTimeOffset verifiedAt, DateTimeOffset expiresAt)
    {
        try
        {
            var licence = new MedicalLicence("A1", "NY", LicenceStatus.Active, verifiedAt, expiresAt);
            return verifiedAt < expiresAt && licence.VerifiedAt == verifiedAt && licence.ExpiresAt == expiresAt;
        }
        catch (ArgumentException exception)
        {
            return verifiedAt >= expiresAt && exception.ParamName == "expiresAt";
        }
    }

    /// <summary>Valid exactly while active, verified at or before the instant, and before the expiry.</summary>
    [Property]
    public bool IsValidAt_AnyInstant_ActiveVerifiedAndUnexpired(MedicalLicence licence, DateTimeOffset instant)
        => licence.IsValidAt(instant)
            == (licence.Status == LicenceStatus.Active && licence.VerifiedAt is { } verified && verified <= instant && instant < licence.ExpiresAt);

    /// <summary>The window is one interval: valid at two instants means valid at any instant between them.</summary>
    [Property]
    public Property IsValidAt_TwoValidInstants_ValidBetween(MedicalLicence licence)
        => Prop.ForAll(Gen.Zip(VerificationArbitraries.Instant, VerificationArbitraries.Instant).ToArbitrary(), pair =>
        {
            var (earlier, later) = pair.Item1 <= pair.Item2 ? pair : (pair.Item2, pair.Item1);
            var middle = earlier + ((later - earlier) / 2);
            return !(licence.IsValidAt(earlier) && licence.IsValidAt(later)) || licence.IsValidAt(middle);
        });

    [Property]
    public bool IsValidAt_AtExpiry_NeverValid(MedicalLicence licence)
        => !licence.IsValidAt(licence.ExpiresAt) && !licence.IsValidAt(licence.ExpiresAt.AddTicks(1));
}
