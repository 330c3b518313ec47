using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Verification;

[Properties(Arbitrary = [typeof(VerificationArbitraries)], MaxTest = 300)]
public class PhysicianVerificationTests
{
    private static readonly DateTimeOffset Verified = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expires = new(2027, 1, 31, 0, 0, 0, TimeSpan.Zero);

    private static MedicalLicence Licence(string number = "A1", string jurisdiction = "Medical Board of California", LicenceStatus status = LicenceStatus.Active)
        => new(number, jurisdiction, status, Verified, Expires);

    [Fact]
    public void IsVerifiedAt_ActiveLicence_TrueOnlyWhileUnexpired()
    {
        var physician = new Physician("jane-roe", licences: [Licence()]);
        Assert.False(physician.IsVerifiedAt(new FixedClock(Verified.AddSeconds(-1))));
        Assert.True(physician.IsVerifiedAt(new FixedClock(Verified)));
        Assert.True(physician.IsVerifiedAt(new FixedClock(Expires.AddTicks(-1))));
        Assert.False(physician.IsVerifiedAt(new FixedClock(Expires)));
    }

    [Fact]
    public void IsVerifiedAt_NoLicences_False() => Assert.False(new Physician("p").IsVerifiedAt(TimeProvider.System));

    [Fact]
    public void IsVerifiedAt_OneSuspendedOneActive_True()
        => Assert.True(new Physician("p", licences: [Licence("A1", status: LicenceStatus.Suspended), Licence("B2", "NY")]).IsVerifiedAt(Verified.AddDays(1)));

    [Fact]
    public void IsVerifiedAt_NullClock_ThrowsNamingClock()
        => Assert.Equal("clock", Assert.ThrowsAny<ArgumentNullException>(() => new Physician("p").IsVerifiedAt(null!)).ParamName);

    [Fact]
    public void Constructor_SameLicenceTwiceIgnoringCase_ThrowsNamingLicences()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new Physician("p", licences: [Licence("a1"), Licence("A1", "MEDICAL BOARD OF CALIFORNIA", LicenceStatus.Revoked)]));
        Assert.Equal("licences", exception.ParamName);
        Assert.Equal("Licences must not repeat a jurisdiction and number; \"MEDICAL BOARD OF CALIFORNIA A1\" repeats at index 1.", exception.Message);
    }

    [Fact]
    public void Constructor_SameNumberInTwoJurisdictions_Accepted()
        => Assert.Equal(2, new Physician("p", licences: [Licence("A1"), Licence("A1", "NY")]).Licences.Length);

    [Fact]
    public void Constructor_NullLicence_ThrowsNamingLicences()
        => Assert.Equal("licences", Assert.ThrowsAny<ArgumentException>(() => new Physician("p", licences: [null!])).ParamName);

    [Fact]
    public void Constructor_TooManyLicences_ThrowsNamingLicences()
    {
        var licences = Enumerable.Range(0, Physician.MaxLicences + 1).Select(i => Licence("A" + i));
        Assert.Equal(100, Physician.MaxLicences);
        Assert.Equal("licences", Assert.ThrowsAny<ArgumentException>(() => new Physician("p", licences: licences)).ParamName);
        Assert.Equal(Physician.MaxLicences, new Physician("p", licences: licences.Take(Physician.MaxLicences)).Licences.Length);
    }

    [Fact]
    public void Equals_DifferentLicencesOrProfileUrl_NotEqual()
    {
        Physician Make(string number = "A1", string url = "https://example.com/doctors/p") => new("p", licences: [Licence(number)], profileUrl: new Uri(url));
        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), Make(number: "A2"));
        Assert.NotEqual(Make(), Make(url: "https://example.com/doctors/q"));
    }

    [Theory]
    [InlineData("https://example.com/doctors/jane-roe")]
    [InlineData("http://example.com/profile?id=7")]
    public void Constructor_HttpProfileUrl_Kept(string url)
        => Assert.Equal(new Uri(url), new Physician("p", profileUrl: new Uri(url)).ProfileUrl);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/doctors/p")]
    public void Constructor_NonHttpProfileUrl_ThrowsNamingProfileUrl(string url)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new Physician("p", profileUrl: new Uri(url)));
        Assert.Equal("profileUrl", exception.ParamName);
        Assert.StartsWith("Profile URL must be an absolute http or https URL, such as https://example.com/doctors/jane-roe; got ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RelativeOrHugeProfileUrl_ThrowsNamingProfileUrl()
    {
        Assert.Equal("profileUrl", Assert.ThrowsAny<ArgumentException>(() => new Physician("p", profileUrl: new Uri("/doctors/p", UriKind.Relative))).ParamName);
        var huge = new Uri("https://example.com/" + new string('a', 2_000));
        Assert.Equal("Profile URL must be at most 2,000 characters; got 2,020.", Assert.ThrowsAny<ArgumentException>(() => new Physician("p", profileUrl: huge)).Message);
    }

    /// <summary>Verified ⇒ some licence is active with verifiedAt ≤ now &lt; expiresAt; and such a licence ⇒ verified.</summary>
    [Property]
    public bool IsVerifiedAt_AnyClock_ExactlyWhenSomeLicenceIsActiveVerifiedAndUnexpired(Physician physician, DateTimeOffset now)
        => physician.IsVerifiedAt(new FixedClock(now))
            == physician.Licences.Any(licence =>
                licence.Status == LicenceStatus.Active && licence.VerifiedAt is { } verified && verified <= now && now < licence.ExpiresAt);

    [Property]
    public bool IsVerifiedAt_ClockOrInstant_SameAnswer(Physician physician, DateTimeOffset now)
        => physician.IsVerifiedAt(new FixedClock(now)) == physician.IsVerifiedAt(now);

    /// <summary>At the latest expiry of its licences, a physician is never verified: "verified" always runs out.</summary>
    [Property]
    public bool IsVerifiedAt_AtLatestExpiry_False(Physician physician)
        => physician.Licences.IsEmpty || !physician.IsVerifiedAt(physician.Licences.Max(licence => licence.ExpiresAt));

    [Property]
    public Property IsVerifiedAt_LicencesInAnyOrder_SameAnswer(Physician physician, DateTimeOffset now)
        => Prop.ForAll(Gen.Shuffle(physician.Licences.ToArray()).ToArbitrary(), shuffled =>
            new Physician("p", licences: shuffled).IsVerifiedAt(now) == physician.IsVerifiedAt(now));
}
