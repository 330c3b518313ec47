namespace MedQa.Sample.Web.Tests;

/// <summary>Accessible by test: every sample page and MedQa's markup have no axe-core violation (WCAG 2.2 A/AA, best practices).</summary>
public sealed class AccessibilityBrowserTests(AccessibilityAudit audit) : IClassFixture<AccessibilityAudit>
{
    public static TheoryData<string> SamplePaths => [.. AccessibilityAudit.SamplePaths];

    [NpmChromiumTheory]
    [MemberData(nameof(SamplePaths))]
    public void SamplePage_Axe_HasNoViolations(string path)
    {
        var violations = audit.ViolationsOf(path);

        Assert.True(violations.Count == 0, $"/{path}:\n{string.Join('\n', violations)}");
    }

    [NpmChromiumFact]
    public void ThreadMarkup_InAMainLandmark_HasNoViolations()
    {
        var violations = audit.ViolationsOf(AccessibilityAudit.ThreadMarkupPage);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [NpmChromiumFact]
    public void TrustFieldsMarkup_InAMainLandmark_HasNoViolations()
    {
        var violations = audit.ViolationsOf(AccessibilityAudit.TrustMarkupPage);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
