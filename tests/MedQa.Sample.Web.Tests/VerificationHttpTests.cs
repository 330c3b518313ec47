using MedQa.Samples;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The demo physician's licence is stored and judged at the site's clock: the verified badge shows on the profile and
/// beside their answers while the licence is unexpired, and goes when it expires. In process, with a clock the test moves.
/// </summary>
public sealed class VerificationHttpTests
{
    [Fact]
    public async Task DemoPhysician_LicenceUnexpired_VerifiedOnProfileAndThreadUntilItExpires()
    {
        await using var site = new ClockedSite();
        var slug = SeedThread.Build().Question.Id;
        await site.WithStoreAsync(async store =>
        {
            var answer = await store.SubmitAnswerAsync(slug, "dana-demo", null, "Walk every day after the treatment.");
            await store.PublishAsync(answer.Id);
        });
        using var visitor = site.NewVisitor();

        var profile = (await visitor.GetAsync("physicians/dana-demo")).Html;
        Assert.Contains("Verified: an active medical licence checked by this site", profile, StringComparison.Ordinal);
        Assert.Contains("Illinois Department of Financial and Professional Regulation, number 036-000000: Active, expires 2030-07-31, checked 2026-01-15", profile, StringComparison.Ordinal);
        Assert.Contains("by Dana Demo, MD (verified licence)", (await visitor.GetAsync("questions/" + slug)).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Goldman, MD (verified licence)", (await visitor.GetAsync("questions/" + slug)).Html, StringComparison.Ordinal);

        site.Clock.Advance(new DateTimeOffset(2030, 7, 31, 0, 0, 0, TimeSpan.Zero) - site.Clock.Now);
        profile = (await visitor.GetAsync("physicians/dana-demo")).Html;
        Assert.DoesNotContain("Verified: an active medical licence", profile, StringComparison.Ordinal);
        Assert.Contains("(does not verify the physician now)", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("(verified licence)", (await visitor.GetAsync("questions/" + slug)).Html, StringComparison.Ordinal);
    }
}
