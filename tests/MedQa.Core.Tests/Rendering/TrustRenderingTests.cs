using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MedQa.Rendering;
using MedQa.Tests.Serialization;

namespace MedQa.Tests.Rendering;

/// <summary>Issue 12: both renderers show the trust facts (JAMA's attribution, disclosure, currency; "N doctors agree"; the review), encoded, and only for published answers.</summary>
public partial class TrustRenderingTests
{
    private static readonly QaThread Full = MedQaJsonTests.FullThread();

    private static QaThread WithAnswer(Answer answer, Physician? reviewedBy = null, DateOnly? lastReviewed = null)
        => new(new Question("q", "Title"), [answer], MedicalDisclaimer.Standard, lastReviewed, reviewedBy);

    [Fact]
    public void Render_FullThread_ShowsEveryTrustFactOfThePublishedAnswers()
    {
        var html = MedQaHtmlRenderer.Default.Render(Full);
        var text = WebUtility.HtmlDecode(html);

        Assert.Contains("<p class=\"medqa-endorsements\">2 doctors agree</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"medqa-reference\" href=\"https://www.nice.org.uk/guidance/ta260\" rel=\"nofollow noopener\">Botulinum toxin type A for chronic migraine (NICE TA260)</a> <span class=\"medqa-reference-site\">(www.nice.org.uk)</span></li>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-answer-edited\">Edited <time datetime=\"2025-04-02T07:15:00Z\">2025-04-02</time></p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-disclosure medqa-disclosure-conflict\">Disclosure: I have received speaker fees from a maker of botulinum toxin.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-disclosure\">No conflicts of interest declared</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-last-reviewed\">Last reviewed by <span class=\"medqa-reviewer\">Amara Okafor, MD</span> on <time datetime=\"2025-06-01\">2025-06-01</time></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("buy-my-supplement", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Suspected spam", text, StringComparison.Ordinal);
        Assert.DoesNotContain("waiting for a moderator", text, StringComparison.Ordinal);
        Assert.Contains("<span class=\"medqa-answer-count\">2</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_References_AListLabelledByItsTitle()
    {
        var document = new HtmlParser().ParseDocument(MedQaHtmlRenderer.Default.Render(Full));

        var list = document.QuerySelector("#answer-botox-every-12-weeks ul.medqa-reference-list")!;
        var label = document.GetElementById(list.GetAttribute("aria-labelledby")!)!;

        Assert.Equal("References", label.TextContent);
        Assert.Equal(["https://www.nice.org.uk/guidance/ta260", "https://www.nhs.uk/medicines/botulinum-toxin/"], list.QuerySelectorAll("a").Select(link => link.GetAttribute("href")));
        Assert.All(list.QuerySelectorAll("a"), link => Assert.Equal("nofollow noopener", link.GetAttribute("rel")));
    }

    [Fact]
    public void Render_ReferenceUrlWithQuotesAndNonAscii_IsEscapedAndAttributeEncoded()
    {
        var answer = new Answer("a", "Body", references: [new Reference("Über \"Quotes\" <b>", new Uri("https://example.com/über?q=\"x\"&y=<z>"))]);

        var html = MedQaHtmlRenderer.Default.Render(WithAnswer(answer));
        var link = new HtmlParser().ParseDocument(html).QuerySelector("a.medqa-reference")!;

        Assert.Equal("https://example.com/%C3%BCber?q=%22x%22&y=%3Cz%3E", link.GetAttribute("href"));
        Assert.Equal("Über \"Quotes\" <b>", link.TextContent);
        Assert.Contains("href=\"https://example.com/%C3%BCber?q=%22x%22&amp;y=%3Cz%3E\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.nhs.uk/medicines/", "www.nhs.uk")]
    [InlineData("http://user:secret@example.com:8443/a?b#c", "example.com:8443")]
    [InlineData("https://example.com", "example.com")]
    [InlineData("https://example.com?q=a/b", "example.com")]
    [InlineData("https://[::1]:8080/", "[::1]:8080")]
    public void Render_ReferenceSite_IsTheHostWithoutUserInformation(string url, string host)
    {
        var answer = new Answer("a", "Body", references: [new Reference("Source", new Uri(url))]);

        var site = new HtmlParser().ParseDocument(MedQaHtmlRenderer.Default.Render(WithAnswer(answer))).QuerySelector(".medqa-reference-site")!;

        Assert.Equal($"({host})", site.TextContent);
    }

    [Theory]
    [InlineData(1, "1 doctor agrees")]
    [InlineData(3, "3 doctors agree")]
    [InlineData(10_000, "10000 doctors agree")]
    public void Render_Endorsements_CountThePhysicians(int count, string line)
    {
        var answer = new Answer("a", "Body", endorsements: Enumerable.Range(0, count).Select(i => new Endorsement($"p{i}")));

        Assert.Contains($"<p class=\"medqa-endorsements\">{line}</p>", MedQaHtmlRenderer.Default.Render(WithAnswer(answer)), StringComparison.Ordinal);
        Assert.Contains("\n" + line + "\n", PlainTextRenderer.Default.Render(WithAnswer(answer)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoTrustFields_WritesNoneOfTheirMarkup()
    {
        var html = MedQaHtmlRenderer.Default.Render(WithAnswer(new Answer("a", "Body")));

        foreach (var name in new[] { "medqa-endorsements", "medqa-references", "medqa-answer-edited", "medqa-disclosure", "medqa-last-reviewed", "medqa-answer-footer", "<a " })
        {
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ReviewerWithoutName_ShowsThePracticeLine_AndReviewerAloneHasNoDate()
    {
        var html = MedQaHtmlRenderer.Default.Render(WithAnswer(new Answer("a", "Body"), new Physician("p", city: "Leeds", specialty: "Neurologist")));

        Assert.Contains("<p class=\"medqa-last-reviewed\">Last reviewed by <span class=\"medqa-reviewer\">Leeds Neurologist</span></p>", html, StringComparison.Ordinal);
        Assert.Contains("\nLast reviewed by Leeds Neurologist\n", PlainTextRenderer.Default.Render(WithAnswer(new Answer("a", "Body"), new Physician("p", city: "Leeds", specialty: "Neurologist"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReviewDateAlone_IsUnchangedFromBefore()
    {
        var thread = WithAnswer(new Answer("a", "Body"), new Physician("p"), new DateOnly(2024, 6, 1));

        Assert.Contains("<p class=\"medqa-last-reviewed\">Last reviewed <time datetime=\"2024-06-01\">2024-06-01</time></p>", MedQaHtmlRenderer.Default.Render(thread), StringComparison.Ordinal);
        Assert.Contains("\nLast reviewed 2024-06-01\n", PlainTextRenderer.Default.Render(thread), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileTrustFields_DecodeBackToTheData()
    {
        var text = WebUtility.HtmlDecode(MedQaHtmlRenderer.Default.Render(RenderFixtures.Hostile()));

        foreach (var field in new[] { "Reference", "Disclosure", "Reviewer" })
        {
            Assert.Contains(field + RenderFixtures.Attack, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_FullThread_ShowsTheSameFactsAsLines()
    {
        var text = PlainTextRenderer.Default.Render(Full);

        Assert.Contains("\n2 doctors agree\n", text, StringComparison.Ordinal);
        Assert.Contains("\nReferences\n- Botulinum toxin type A for chronic migraine (NICE TA260) <https://www.nice.org.uk/guidance/ta260>\n- Botox for migraines: what to expect <https://www.nhs.uk/medicines/botulinum-toxin/>\n", text, StringComparison.Ordinal);
        Assert.Contains("\n2025-03-15\nEdited 2025-04-02\nDisclosure: I have received speaker fees from a maker of botulinum toxin.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nNo conflicts of interest declared\n", text, StringComparison.Ordinal);
        Assert.Contains("\nLast reviewed by Amara Okafor, MD on 2025-06-01\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Suspected spam", text, StringComparison.Ordinal);
        Assert.Contains("Doctor Answers 2\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_HostileTrustFields_CannotForgeLinesOrDriveATerminal()
    {
        var thread = RenderFixtures.Thread(field => field + "\n[crit] forged\u001b[31m\u202E");

        var text = PlainTextRenderer.Default.Render(thread);

        // Bodies keep their line breaks (paragraphs); one-line fields, these among them, cannot add a line.
        Assert.Contains("\nDisclosure: Disclosure [crit] forged\uFFFD[31m\uFFFD\n", text, StringComparison.Ordinal);
        Assert.Contains("\nLast reviewed by Reviewer [crit] forged\uFFFD[31m\uFFFD, MD on 2024-06-01\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("- Reference [crit] forged\uFFFD[31m\uFFFD <" + RenderFixtures.ReferenceUrl + ">\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryTrustClass_IsDocumentedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "README.md"));
        var html = MedQaHtmlRenderer.Default.Render(Full);

        Assert.All(
            ClassAttribute().Matches(html).SelectMany(match => match.Groups[1].Value.Split(' ')).Distinct(),
            name => Assert.Contains("`" + name + "`", readme, StringComparison.Ordinal));
    }

    [GeneratedRegex("class=\"([^\"]+)\"")]
    private static partial Regex ClassAttribute();
}
