using MedQa.Rendering;

namespace MedQa.Tests.Rendering;

/// <summary>Issue 12: the "verified" badge is shown only while the author's licence is valid at the render options' clock.</summary>
public class VerifiedBadgeRenderingTests
{
    private static readonly DateTimeOffset Verified = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expires = new(2027, 1, 31, 0, 0, 0, TimeSpan.Zero);
    private const string Badge = "<p class=\"medqa-author-verified\">Licence verified</p>";

    private static QaThread ThreadBy(Physician author)
        => new(new Question("q", "Question?"), [new Answer("a", "Body", author: author)], MedicalDisclaimer.Standard);

    private static Physician Licensed(LicenceStatus status = LicenceStatus.Active)
        => new("jane-roe", name: "Jane Roe", licences: [new MedicalLicence("A1", "Medical Board of California", status, Verified, Expires)]);

    private static RenderOptions At(DateTimeOffset now) => new() { Clock = new FixedClock(now) };

    [Fact]
    public void Render_ValidLicenceAtTheClock_ShowsTheBadgeAfterTheName()
    {
        var html = new MedQaHtmlRenderer(At(Verified.AddDays(1))).Render(ThreadBy(Licensed()));

        Assert.Contains("<p class=\"medqa-author-name\">Jane Roe</p>\n" + Badge, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)] // a second before the verification
    [InlineData(0)]  // at the expiry
    public void Render_OutsideTheLicenceWindow_NoBadge(int when)
    {
        var now = when < 0 ? Verified.AddSeconds(-1) : Expires;

        Assert.DoesNotContain("medqa-author-verified", new MedQaHtmlRenderer(At(now)).Render(ThreadBy(Licensed())), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SuspendedLicenceOrNone_NoBadge()
    {
        var renderer = new MedQaHtmlRenderer(At(Verified.AddDays(1)));

        Assert.DoesNotContain("medqa-author-verified", renderer.Render(ThreadBy(Licensed(LicenceStatus.Suspended))), StringComparison.Ordinal);
        Assert.DoesNotContain("medqa-author-verified", renderer.Render(ThreadBy(new Physician("p", name: "No Licence"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CustomLabel_IsEncodedText()
    {
        var html = new MedQaHtmlRenderer(At(Verified) with { VerifiedLabel = "Zugelassen <geprüft>" }).Render(ThreadBy(Licensed()));

        Assert.Contains("<p class=\"medqa-author-verified\">Zugelassen &lt;geprüft&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAnswers_ValidLicence_ShowsTheBadge()
        => Assert.Contains(Badge, new MedQaHtmlRenderer(At(Verified)).RenderAnswers(ThreadBy(Licensed())), StringComparison.Ordinal);

    [Fact]
    public void PlainText_ValidLicence_BadgeLineAfterTheName_ExpiredNone()
    {
        var thread = ThreadBy(Licensed());

        Assert.Contains("\nJane Roe\nLicence verified\n", new PlainTextRenderer(At(Verified)).Render(thread), StringComparison.Ordinal);
        Assert.DoesNotContain("Licence verified", new PlainTextRenderer(At(Expires)).Render(thread), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderOptions_Defaults_SystemClockAndEnglishLabel()
    {
        Assert.Same(TimeProvider.System, RenderOptions.Default.Clock);
        Assert.Equal("Licence verified", RenderOptions.Default.VerifiedLabel);
    }

    [Fact]
    public void RenderOptions_NullClockOrBlankLabel_ThrowsNamingIt()
    {
        Assert.Equal("Clock", Assert.ThrowsAny<ArgumentNullException>(() => new RenderOptions { Clock = null! }).ParamName);
        Assert.Equal("VerifiedLabel", Assert.ThrowsAny<ArgumentException>(() => new RenderOptions { VerifiedLabel = " " }).ParamName);
    }
}
