using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using MedQa.Serialization;
using MedQa.Tests.Rendering;
using MedQa.Tests.Serialization;

namespace MedQa.Tests.JsonLd;

/// <summary>Issue 12: the JSON-LD carries the lifecycle and trust fields schema.org has properties for, and only published answers.</summary>
public partial class SchemaOrgJsonLdTrustTests
{
    private static readonly JsonLdOptions Options = new() { PageUrl = new Uri("https://example.com/q/botox") };

    private static JsonObject Page(QaThread thread) => JsonNode.Parse(SchemaOrgJsonLd.Generate(thread, Options))!.AsObject();

    [Fact]
    public void Generate_ReviewedThread_ReviewedByPersonAndLastReviewedDateOnThePage()
    {
        var page = Page(MedQaJsonTests.FullThread());
        var reviewer = page["reviewedBy"]!;

        Assert.Equal(["Person", "IndividualPhysician"], reviewer["@type"]!.AsArray().Select(type => (string)type!));
        Assert.Equal("Amara Okafor", (string)reviewer["name"]!);
        Assert.Equal("MD", (string)reviewer["honorificSuffix"]!);
        Assert.Equal("2025-06-01", (string)page["lastReviewed"]!);
        Assert.Equal(["QAPage", "MedicalWebPage"], page["@type"]!.AsArray().Select(type => (string)type!));
    }

    [Fact]
    public void Generate_UnnamedReviewer_HasNoReviewedByNode()
    {
        var thread = new QaThread(new Question("q", "Title"), [new Answer("a", "Body")], MedicalDisclaimer.Standard, reviewedBy: new Physician("leeds-neurologist", city: "Leeds"));

        Assert.False(Page(thread).ContainsKey("reviewedBy"));
    }

    [Fact]
    public void Generate_AnswersInEveryState_EmitsAndCountsOnlyThePublished()
    {
        var json = SchemaOrgJsonLd.Generate(MedQaJsonTests.FullThread(), Options);
        var question = JsonNode.Parse(json)!["mainEntity"]!;

        Assert.Equal(2, (int)question["answerCount"]!);
        Assert.Equal(["https://example.com/q/botox#answer-botox-every-12-weeks"], question["acceptedAnswer"]!.AsArray().Select(answer => (string)answer!["url"]!));
        Assert.Equal(["https://example.com/q/botox#answer-see-a-headache-specialist"], question["suggestedAnswer"]!.AsArray().Select(answer => (string)answer!["url"]!));
        Assert.DoesNotContain("buy-my-supplement", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Suspected spam", json, StringComparison.Ordinal);
        Assert.DoesNotContain("awaiting-review", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_OnlyUnpublishedAnswers_IsAMedicalWebPageWithNoAnswers()
    {
        var thread = new QaThread(new Question("q", "Title"), [new Answer("a", "Body", status: AnswerStatus.PendingReview)], MedicalDisclaimer.Standard);

        var page = Page(thread);

        Assert.Equal(["MedicalWebPage"], page["@type"]!.AsArray().Select(type => (string)type!));
        Assert.Equal(0, (int)page["mainEntity"]!["answerCount"]!);
        Assert.Null(page["mainEntity"]!["suggestedAnswer"]);
    }

    [Fact]
    public void Generate_EditedAnswer_DatePublishedAndDateModifiedWithTheirOffsets()
    {
        var answer = Page(MedQaJsonTests.FullThread())["mainEntity"]!["acceptedAnswer"]![0]!;

        Assert.Equal("2025-03-15T16:05:00+00:00", (string)answer["datePublished"]!);
        Assert.Equal("2025-04-02T08:15:00+01:00", (string)answer["dateModified"]!);
    }

    [Fact]
    public void Generate_References_AreCreativeWorkCitations()
    {
        var citations = Page(MedQaJsonTests.FullThread())["mainEntity"]!["acceptedAnswer"]![0]!["citation"]!.AsArray();

        Assert.Equal(2, citations.Count);
        Assert.All(citations, citation => Assert.Equal("CreativeWork", (string)citation!["@type"]!));
        Assert.Equal("Botulinum toxin type A for chronic migraine (NICE TA260)", (string)citations[0]!["name"]!);
        Assert.Equal("https://www.nice.org.uk/guidance/ta260", (string)citations[0]!["url"]!);
    }

    [Fact]
    public void Generate_ReferenceUrl_IsWrittenEscaped()
    {
        var answer = new Answer("a", "Body", references: [new Reference("Über", new Uri("https://example.com/über?q=<x>"))]);
        var thread = new QaThread(new Question("q", "Title"), [answer], MedicalDisclaimer.Standard);

        var json = SchemaOrgJsonLd.Generate(thread);

        Assert.Equal("https://example.com/%C3%BCber?q=%3Cx%3E", (string)JsonNode.Parse(json)!["mainEntity"]!["suggestedAnswer"]![0]!["citation"]![0]!["url"]!);
        Assert.DoesNotContain('<', json);
    }

    [Fact]
    public void Generate_Endorsements_CountAgreeActions()
    {
        var statistic = Page(MedQaJsonTests.FullThread())["mainEntity"]!["acceptedAnswer"]![0]!["interactionStatistic"]!;

        Assert.Equal("InteractionCounter", (string)statistic["@type"]!);
        Assert.Equal("https://schema.org/AgreeAction", (string)statistic["interactionType"]!);
        Assert.Equal(2, (int)statistic["userInteractionCount"]!);
        Assert.Null(Page(MedQaJsonTests.FullThread())["mainEntity"]!["suggestedAnswer"]![0]!["interactionStatistic"]);
    }

    [Fact]
    public void Generate_Disclosure_IsNotEmitted()
    {
        var thread = MedQaJsonTests.FullThread();

        var json = SchemaOrgJsonLd.Generate(thread, Options);

        Assert.DoesNotContain(thread.Answers[0].Disclosure!.Statement!, json, StringComparison.Ordinal);
        Assert.DoesNotContain("disclosure", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generate_HelpedAsker_IsAnAcceptedAnswerAndNotAlsoSuggested()
    {
        var thread = new QaThread(
            new Question("q", "Title"),
            [new Answer("a", "Body A"), new Answer("b", "Body B", helpedAsker: true), new Answer("c", "Body C")],
            MedicalDisclaimer.Standard);

        var question = Page(thread)["mainEntity"]!;

        Assert.Equal(["Body B"], question["acceptedAnswer"]!.AsArray().Select(answer => (string)answer!["text"]!));
        Assert.Equal(["Body A", "Body C"], question["suggestedAnswer"]!.AsArray().Select(answer => (string)answer!["text"]!));
        Assert.Equal(3, (int)question["answerCount"]!);
    }

    [Fact]
    public void ScriptElement_HostileTrustFields_CannotBreakOutAndHiddenAnswersStayOut()
    {
        var element = SchemaOrgJsonLd.ScriptElement(RenderFixtures.Hostile(), Options);
        var json = element["<script type=\"application/ld+json\">".Length..^"</script>".Length];
        var page = JsonNode.Parse(json)!;

        Assert.DoesNotContain('<', json);
        Assert.Equal("Reviewer" + RenderFixtures.Attack, (string)page["reviewedBy"]!["name"]!);
        Assert.Equal("Reference" + RenderFixtures.Attack, (string)page["mainEntity"]!["suggestedAnswer"]![0]!["citation"]![0]!["name"]!);
        Assert.DoesNotContain("Hidden", json, StringComparison.Ordinal);
    }

    /// <summary>Google's QAPage rules (DOMAIN.md): one QAPage whose Question has a name, an answerCount at least the answers marked up, one answer or more, each with text; dates with a time and an offset.</summary>
    [Property(Arbitrary = [typeof(ThreadArbitraries)], MaxTest = 200)]
    public void Generate_AnyThread_MeetsGoogleQaPageRules(QaThread thread)
    {
        var page = Page(thread);
        var types = page["@type"]!.AsArray().Select(type => (string)type!).ToArray();
        var question = page["mainEntity"]!;
        JsonNode?[] marked = [.. question["acceptedAnswer"]?.AsArray() ?? [], .. question["suggestedAnswer"]?.AsArray() ?? []];

        Assert.Equal(thread.PublishedAnswers.Length, (int)question["answerCount"]!);
        Assert.Equal(thread.PublishedAnswers.Length, marked.Length);
        Assert.Equal(!thread.PublishedAnswers.IsEmpty, types.Contains("QAPage"));
        Assert.Equal(1, types.Count(type => type == "MedicalWebPage"));
        Assert.Equal("Question", (string)question["@type"]!);
        Assert.False(string.IsNullOrWhiteSpace((string)question["name"]!));
        Assert.All(marked, answer =>
        {
            Assert.Equal("Answer", (string)answer!["@type"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)answer["text"]!));
            foreach (var date in new[] { "dateCreated", "datePublished", "dateModified" })
            {
                Assert.True(answer[date] is null || DateTimeWithOffset().IsMatch((string)answer[date]!), $"{date}: {answer[date]}");
            }
        });
        Assert.Equal(
            thread.PublishedAnswers.Select(answer => Options.PageUrl + "#answer-" + answer.Id).Order(StringComparer.Ordinal),
            marked.Select(answer => (string)answer!["url"]!).Order(StringComparer.Ordinal));
        Assert.True(page["lastReviewed"] is null || DateOnly.TryParseExact((string)page["lastReviewed"]!, "yyyy-MM-dd", out _));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex DateTimeWithOffset();
}
