using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Rendering;
using MedQa.Serialization;

namespace MedQa.Tests.Lifecycle;

public class AnswerLifecycleTests
{
    private static readonly AnswerStatus[] States = Enum.GetValues<AnswerStatus>();

    private static Answer Draft(string id = "a1") => new(id, "Body of " + id, status: AnswerStatus.Draft);

    private static Answer In(AnswerStatus status)
        => new("a1", "Body", status: status, hiddenReason: status == AnswerStatus.Hidden ? "Suspected spam" : null);

    [Fact]
    public void Draft_SubmitPublishHideRepublishRemove_FollowsTheLifecycle()
    {
        var hidden = Draft().Submit().Publish().Hide("Suspected spam");
        Assert.Equal((AnswerStatus.Hidden, "Suspected spam"), (hidden.Status, hidden.HiddenReason));
        var republished = hidden.Publish();
        Assert.Equal((AnswerStatus.Published, null), (republished.Status, republished.HiddenReason));
        Assert.Equal(AnswerStatus.Removed, republished.Remove().Status);
    }

    [Fact]
    public void Publish_Draft_ThrowsNamingTheState()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Draft().Publish());
        Assert.Equal("An answer that is Draft cannot become Published; from Draft it can become PendingReview or Removed.", error.Message);
    }

    [Fact]
    public void Publish_Removed_ThrowsSayingItIsFinal()
        => Assert.Contains("Removed is final", Assert.Throws<InvalidOperationException>(() => In(AnswerStatus.Removed).Publish()).Message, StringComparison.Ordinal);

    [Fact]
    public void Hide_BlankReason_ThrowsNamingReason()
        => Assert.Equal("reason", Assert.ThrowsAny<ArgumentException>(() => In(AnswerStatus.Published).Hide(" ")).ParamName);

    [Fact]
    public void Constructor_HiddenWithoutReason_ThrowsNamingHiddenReason()
        => Assert.Equal("hiddenReason", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", status: AnswerStatus.Hidden)).ParamName);

    [Fact]
    public void Constructor_ReasonWhenNotHidden_ThrowsNamingHiddenReason()
        => Assert.Equal("hiddenReason", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", hiddenReason: "spam")).ParamName);

    [Fact]
    public void Constructor_UndefinedStatus_ThrowsNamingStatus()
        => Assert.Equal("status", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Answer("a", "b", status: (AnswerStatus)42)).ParamName);

    [Fact]
    public void Constructor_NoStatus_IsPublished()
        => Assert.True(new Answer("a", "b").IsPublished);

    [Property(MaxTest = 200)]
    public Property MoveTo_AnyPair_SucceedsExactlyWhenAllowed()
        => Prop.ForAll(Gen.Elements(States).Two().ToArbitrary(), pair =>
        {
            var (from, to) = pair;
            var moved = Record.Exception(() => In(from).MoveTo(to, to == AnswerStatus.Hidden ? "Off topic" : null));
            return AnswerLifecycle.CanMove(from, to) ? moved is null : moved is InvalidOperationException;
        });

    [Property(MaxTest = 200)]
    public Property MoveTo_AnyWalk_NeverLeavesRemovedAndHiddenAlwaysHasReason()
        => Prop.ForAll(Gen.ArrayOf(Gen.Elements(States)).ToArbitrary(), walk =>
        {
            var answer = Draft();
            foreach (var to in walk)
            {
                var wasRemoved = answer.Status == AnswerStatus.Removed;
                if (AnswerLifecycle.CanMove(answer.Status, to))
                {
                    answer = answer.MoveTo(to, to == AnswerStatus.Hidden ? "Off topic" : null);
                }

                if ((wasRemoved && answer.Status != AnswerStatus.Removed) || (answer.Status == AnswerStatus.Hidden) != (answer.HiddenReason is not null))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void QaThread_MixedStates_OnlyPublishedAreRankedRenderedCountedAndEmitted()
    {
        var thread = new QaThread(
            new Question("q", "A question"),
            [Draft("draft"), Draft("pending").Submit(), new Answer("shown", "Shown body"), new Answer("hidden", "Hidden body", status: AnswerStatus.Hidden, hiddenReason: "spam"), new Answer("gone", "Gone body", status: AnswerStatus.Removed)],
            MedicalDisclaimer.Standard);

        Assert.Equal(["shown"], thread.PublishedAnswers.Select(answer => answer.Id));
        Assert.Equal(["shown"], thread.RankedAnswers().Select(answer => answer.Id));
        var html = MedQaHtmlRenderer.Default.Render(thread);
        Assert.Contains("<span class=\"medqa-answer-count\">1</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden body", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Body of draft", html, StringComparison.Ordinal);
        var text = PlainTextRenderer.Default.Render(thread);
        Assert.DoesNotContain("Gone body", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Body of pending", text, StringComparison.Ordinal);
        var jsonLd = SchemaOrgJsonLd.Generate(thread, new JsonLdOptions());
        Assert.Contains("\"answerCount\":1", jsonLd, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden body", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public void QaThread_NoPublishedAnswer_JsonLdIsNoQaPage()
    {
        var thread = new QaThread(new Question("q", "A question"), [Draft()], MedicalDisclaimer.Standard);
        Assert.DoesNotContain("QAPage", SchemaOrgJsonLd.Generate(thread, new JsonLdOptions()), StringComparison.Ordinal);
    }
}
