using FsCheck.Xunit;

namespace MedQa.Tests.Verification;

[Properties(Arbitrary = [typeof(VerificationArbitraries)], MaxTest = 300)]
public class BoardCertificationVerificationTests
{
    private static readonly CertifyingBoard Dermatology = CertifyingBoard.FromName("American Board of Dermatology");
    private static readonly DateTimeOffset Verified = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2030, 12, 31, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_WithoutDates_NotVerified()
    {
        var certification = new BoardCertification(Dermatology, "Dermatology");
        Assert.Null(certification.VerifiedAt);
        Assert.Null(certification.ValidUntil);
        Assert.False(certification.IsValidAt(Verified));
    }

    [Fact]
    public void IsValidAt_TimeLimited_FromVerificationUntilJustBeforeTheEnd()
    {
        var certification = new BoardCertification(Dermatology, verifiedAt: Verified, validUntil: Until);
        Assert.False(certification.IsValidAt(Verified.AddTicks(-1)));
        Assert.True(certification.IsValidAt(Verified));
        Assert.True(certification.IsValidAt(Until.AddTicks(-1)));
        Assert.False(certification.IsValidAt(Until));
    }

    [Fact]
    public void IsValidAt_NoEndDate_ValidAnyTimeAfterVerification()
        => Assert.True(new BoardCertification(Dermatology, verifiedAt: Verified).IsValidAt(DateTimeOffset.MaxValue));

    [Fact]
    public void Constructor_EndNotAfterVerification_ThrowsNamingValidUntil()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new BoardCertification(Dermatology, verifiedAt: Until, validUntil: Verified));
        Assert.Equal("validUntil", exception.ParamName);
        Assert.Equal(
            "Certification end must be after its verification; got end 2026-02-01T00:00:00.0000000+00:00 and verification 2030-12-31T00:00:00.0000000+00:00.",
            exception.Message);
    }

    [Fact]
    public void Equals_DifferentDates_NotEqual()
        => Assert.NotEqual(new BoardCertification(Dermatology, verifiedAt: Verified), new BoardCertification(Dermatology, verifiedAt: Until));

    [Property]
    public bool Constructor_AnyDates_RejectsExactlyEndNotAfterVerification(DateTimeOffset verifiedAt, DateTimeOffset validUntil)
    {
        try
        {
            var certification = new BoardCertification(Dermatology, verifiedAt: verifiedAt, validUntil: validUntil);
            return verifiedAt < validUntil && certification.VerifiedAt == verifiedAt && certification.ValidUntil == validUntil;
        }
        catch (ArgumentException exception)
        {
            return verifiedAt >= validUntil && exception.ParamName == "validUntil";
        }
    }

    [Property]
    public bool IsValidAt_AnyInstant_VerifiedAndBeforeTheEnd(DateTimeOffset verifiedAt, DateTimeOffset instant, bool timeLimited)
    {
        var until = timeLimited ? verifiedAt.AddDays(365) : (DateTimeOffset?)null;
        var certification = new BoardCertification(Dermatology, verifiedAt: verifiedAt, validUntil: until);
        return certification.IsValidAt(instant) == (verifiedAt <= instant && (until is null || instant < until));
    }
}
