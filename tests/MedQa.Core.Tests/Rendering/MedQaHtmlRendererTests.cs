using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using MedQa.Rendering;
using MedQa.Samples;

namespace MedQa.Tests.Rendering;

public partial class MedQaHtmlRendererTests
{
    private readonly QaThread _seed = SeedThread.Build();

    [Fact]
    public void Render_SeedThread_CarriesQuestionAnswersAuthorLinesVotesAndDisclaimer()
    {
        var html = MedQaHtmlRenderer.Default.Render(_seed);
        var text = WebUtility.HtmlDecode(html);

        Assert.Contains(">How Often Do People Experience Blood Clots During Sclerotherapy</h1>", html, StringComparison.Ordinal);
        Assert.Contains("When blood clots occur from sclerotherapy, how serious are they?", text, StringComparison.Ordinal);
        Assert.All(_seed.Answers, answer => Assert.All(answer.Paragraphs, paragraph => Assert.Contains(paragraph, text, StringComparison.Ordinal)));
        Assert.Contains("<p class=\"medqa-author-name\">Mitchel P. Goldman, MD</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-author-practice\">San Diego Dermatologic Surgeon</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-author-rating\">4.9 out of 5 stars 26 reviews</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-author-practice\">Naples General Surgeon</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-author-name\">Samir Shureih, MD</p>", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "<data class=\"medqa-votes\" value=\"0\">\\+1</data>"));
        Assert.Contains("Doctor Answers <span class=\"medqa-answer-count\">4</span>", html, StringComparison.Ordinal);
        Assert.Contains(_seed.Disclaimer.Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllThreeOutputs_WriteTheSameHtml()
    {
        var hostile = RenderFixtures.Hostile();
        var asString = MedQaHtmlRenderer.Default.Render(hostile);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        MedQaHtmlRenderer.Default.Render(hostile, writer);
        var utf8 = new ArrayBufferWriter<byte>(16);
        MedQaHtmlRenderer.Default.Render(hostile, utf8);

        Assert.Equal(asString, writer.ToString());
        Assert.Equal(asString, Encoding.UTF8.GetString(utf8.WrittenSpan));
    }

    [Fact]
    public void Render_Utf8WithNonAsciiEncoder_KeepsCharactersAcrossChunks()
    {
        var renderer = new MedQaHtmlRenderer(new RenderOptions { Encoder = HtmlEncoder.Create(UnicodeRanges.All) });
        var body = string.Concat(Enumerable.Repeat("Ünïcödé – 😀 ", 400));
        var thread = new QaThread(new Question("q", "Héllo"), [new Answer("a", body)], MedicalDisclaimer.Standard);
        var utf8 = new ArrayBufferWriter<byte>();
        renderer.Render(thread, utf8);

        var html = Encoding.UTF8.GetString(utf8.WrittenSpan);
        Assert.Equal(renderer.Render(thread), html);
        Assert.Contains(body.Trim().Replace("😀", "&#x1F600;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', html);
    }

    [Fact]
    public void Render_HostileTextInEveryField_ChangesNoTag()
    {
        var benign = RenderFixtures.Tags(MedQaHtmlRenderer.Default.Render(RenderFixtures.Benign()));
        var hostile = MedQaHtmlRenderer.Default.Render(RenderFixtures.Hostile());

        Assert.Equal(benign, RenderFixtures.Tags(hostile));
        Assert.DoesNotContain("<script", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", hostile, StringComparison.Ordinal);
        // The only href is the reference's, from the model's absolute http(s) URL, attribute-encoded; none from text.
        Assert.Equal(["href=\"https://example.com/ref?a=1&amp;b=%3Cx%3E\""], HrefAttribute().Matches(hostile).Select(match => match.Value));
    }

    [Fact]
    public void Render_HostileText_DecodesBackToTheData()
    {
        var text = WebUtility.HtmlDecode(MedQaHtmlRenderer.Default.Render(RenderFixtures.Hostile()));

        foreach (var field in new[] { "Title", "Question body", "Headline", "First body", "Second paragraph", "Name", "City", "Specialty", "Board", "Educational" })
        {
            Assert.Contains(field + RenderFixtures.Attack, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_HostileLabels_AreEncodedToo()
    {
        var renderer = new MedQaHtmlRenderer(new RenderOptions
        {
            AnswersHeading = RenderFixtures.Attack, DisclaimerHeading = RenderFixtures.Attack, LastReviewedLabel = RenderFixtures.Attack,
        });
        var benign = RenderFixtures.Tags(MedQaHtmlRenderer.Default.Render(RenderFixtures.Benign()));

        Assert.Equal(benign, RenderFixtures.Tags(renderer.Render(RenderFixtures.Benign())));
    }

    [Fact]
    public void Render_BlankLinesInBody_BecomeParagraphsAndNothingElseIsMarkup()
    {
        var thread = new QaThread(
            new Question("q", "Title"),
            [new Answer("a", "One <b>bold</b>\r\nstill one\n\n\n  Two  \n \nThree")],
            MedicalDisclaimer.Standard);

        var html = MedQaHtmlRenderer.Default.Render(thread);

        Assert.Contains(
            "<div class=\"medqa-answer-body\"><p>One &lt;b&gt;bold&lt;/b&gt;\nstill one</p><p>Two</p><p>Three</p></div>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Markup_HasLandmarksHeadingsAndAnArticlePerAnswer()
    {
        var html = MedQaHtmlRenderer.Default.Render(RenderFixtures.Benign());

        Assert.Matches("^<div class=\"medqa-thread\" ng-non-bindable v-pre>", html);
        Assert.Equal(2, Regex.Count(html, "<article class=\"medqa-answer\" id=\"answer-a-[12]\" data-medqa=\"answer\">"));
        Assert.Equal(2, Regex.Count(html, "</article>"));
        Assert.Contains("<section class=\"medqa-question\" aria-labelledby=\"medqa-question-q-1\">\n<h1 class=\"medqa-question-title\" id=\"medqa-question-q-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"medqa-answers\" aria-labelledby=\"medqa-answers-q-1\">\n<h2 class=\"medqa-answers-title\" id=\"medqa-answers-q-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 class=\"medqa-answer-headline\">Headline</h3>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<aside class=\"medqa-disclaimer\" role=\"note\" aria-labelledby=\"medqa-disclaimer-q-1\" data-medqa=\"disclaimer\">\n<h2 class=\"medqa-disclaimer-title\" id=\"medqa-disclaimer-q-1\">Medical disclaimer</h2>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-answer-date\"><time datetime=\"2024-05-02T10:00:00Z\">2024-05-02</time></p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-question-date\"><time datetime=\"2024-05-01T13:30:00Z\">2024-05-01</time></p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"medqa-last-reviewed\">Last reviewed by <span class=\"medqa-reviewer\">Reviewer, MD</span> on <time datetime=\"2024-06-01\">2024-06-01</time></p>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"medqa-board medqa-board-abms\">Board certified in Surgery by the American Board of Surgery</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"medqa-board medqa-board-other\">Board certified by the Board</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryLabelledById_PointsAtAnElementOfTheOutput()
    {
        var html = MedQaHtmlRenderer.Default.Render(RenderFixtures.Benign());
        var ids = IdAttribute().Matches(html).Select(match => match.Groups[1].Value).ToList();
        var labelledBy = LabelledBy().Matches(html).Select(match => match.Groups[1].Value).ToList();

        Assert.Equal(4, labelledBy.Count); // the question, the answers, the disclaimer, a-1's references
        Assert.All(labelledBy, id => Assert.Contains(id, ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_TagsOpenedAndClosed_Balance()
    {
        var tags = RenderFixtures.Tags(MedQaHtmlRenderer.Default.Render(RenderFixtures.Hostile()));
        var open = new Stack<string>();
        foreach (var tag in tags)
        {
            var name = TagName().Match(tag).Groups[1].Value;
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                Assert.Equal(name, open.Pop());
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.Empty(open);
    }

    [Fact]
    public void Render_HeadingLevel_ShiftsEveryHeading()
    {
        var html = new MedQaHtmlRenderer(new RenderOptions { HeadingLevel = 3 }).Render(RenderFixtures.Benign());

        Assert.Contains("<h3 class=\"medqa-question-title\"", html, StringComparison.Ordinal);
        Assert.Contains("<h4 class=\"medqa-answers-title\"", html, StringComparison.Ordinal);
        Assert.Contains("<h5 class=\"medqa-answer-headline\"", html, StringComparison.Ordinal);
        Assert.Contains("<h4 class=\"medqa-disclaimer-title\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Order_FollowsTheRanking()
    {
        var thread = new QaThread(
            new Question("q", "Title"),
            [
                new Answer("two-votes", "Two of two", votes: new VoteTally(2, 0)),
                new Answer("many-votes", "Ninety of a hundred", votes: new VoteTally(90, 10)),
                new Answer("net-leader", "A hundred and twenty of three hundred", votes: new VoteTally(200, 100)),
            ],
            MedicalDisclaimer.Standard);

        foreach (var order in Enum.GetValues<AnswerOrder>())
        {
            var html = new MedQaHtmlRenderer(new RenderOptions { Order = order }).Render(thread);
            var rendered = AnswerId().Matches(html).Select(match => match.Groups[1].Value);
            Assert.Equal(thread.RankedAnswers(order).Select(answer => answer.Id), rendered);
        }

        Assert.Equal(["many-votes", "net-leader", "two-votes"], AnswerId().Matches(MedQaHtmlRenderer.Default.Render(thread)).Select(match => match.Groups[1].Value));
    }

    [Fact]
    public void RenderAnswers_Thread_OmitsOnlyTheDisclaimer()
    {
        var full = MedQaHtmlRenderer.Default.Render(_seed);
        var answers = MedQaHtmlRenderer.Default.RenderAnswers(_seed);

        Assert.DoesNotContain("medqa-disclaimer", answers, StringComparison.Ordinal);
        Assert.DoesNotContain(MedicalDisclaimer.StandardEducationalStatement, answers, StringComparison.Ordinal);
        Assert.Equal(full.Replace(RemovedDisclaimer(full), string.Empty, StringComparison.Ordinal), answers);
    }

    [Fact]
    public void RenderAnswers_Utf8_EqualsTheString()
    {
        var utf8 = new ArrayBufferWriter<byte>();
        MedQaHtmlRenderer.Default.RenderAnswers(_seed, utf8);

        Assert.Equal(MedQaHtmlRenderer.Default.RenderAnswers(_seed), Encoding.UTF8.GetString(utf8.WrittenSpan));
    }

    [Fact]
    public void RenderDisclaimer_Alone_IsALabelledNoteWithAllThreeStatements()
    {
        var disclaimer = MedicalDisclaimer.ForRegion("GB");
        var html = MedQaHtmlRenderer.Default.RenderDisclaimer(disclaimer);
        var utf8 = new ArrayBufferWriter<byte>();
        MedQaHtmlRenderer.Default.RenderDisclaimer(disclaimer, utf8);

        Assert.Equal(
            "<aside class=\"medqa-disclaimer\" role=\"note\" aria-labelledby=\"medqa-disclaimer\" ng-non-bindable v-pre data-medqa=\"disclaimer\">\n"
            + "<h2 class=\"medqa-disclaimer-title\" id=\"medqa-disclaimer\">Medical disclaimer</h2>\n"
            + "<p class=\"medqa-disclaimer-text\">" + WebUtility.HtmlEncode(disclaimer.Text).Replace("&#39;", "&#x27;", StringComparison.Ordinal) + "</p>\n</aside>\n",
            html);
        Assert.Contains("please call 999.", html, StringComparison.Ordinal);
        Assert.Equal(html, Encoding.UTF8.GetString(utf8.WrittenSpan));
    }

    [Fact]
    public void Render_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => MedQaHtmlRenderer.Default.Render(null!));
        Assert.Throws<ArgumentNullException>(() => MedQaHtmlRenderer.Default.Render(_seed, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => MedQaHtmlRenderer.Default.Render(_seed, (IBufferWriter<byte>)null!));
        Assert.Throws<ArgumentNullException>(() => MedQaHtmlRenderer.Default.RenderAnswers(null!));
        Assert.Throws<ArgumentNullException>(() => MedQaHtmlRenderer.Default.RenderDisclaimer(null!));
    }

    [Fact]
    public void Render_ReusedBuffer_AllocatesNothing()
    {
        var thread = RenderFixtures.Hostile();
        var utf8 = new ArrayBufferWriter<byte>(64 * 1024);
        var writer = new StringWriter(new StringBuilder(64 * 1024), CultureInfo.InvariantCulture);
        for (var i = 0; i < 5; i++)
        {
            Render();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            Render();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        void Render()
        {
            utf8.ResetWrittenCount();
            MedQaHtmlRenderer.Default.Render(thread, utf8);
            writer.GetStringBuilder().Clear();
            MedQaHtmlRenderer.Default.Render(thread, writer);
        }
    }

    [Fact]
    public void Render_ManyAnswers_RanksBeyondTheStackBuffer()
    {
        var answers = Enumerable.Range(0, 200).Select(i => new Answer("a" + i, "Body " + i, votes: new VoteTally(i % 7, i % 3))).ToArray();
        var thread = new QaThread(new Question("q", "Title"), answers, MedicalDisclaimer.Standard);

        var rendered = AnswerId().Matches(MedQaHtmlRenderer.Default.Render(thread)).Select(match => match.Groups[1].Value);

        Assert.Equal(thread.RankedAnswers().Select(answer => answer.Id), rendered);
    }

    [Fact]
    public void Render_CssClasses_AllPrefixedAndDocumentedInReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var html = MedQaHtmlRenderer.Default.Render(RenderFixtures.Benign());
        var classes = ClassAttribute().Matches(html).SelectMany(match => match.Groups[1].Value.Split(' ')).Distinct().ToList();

        Assert.True(classes.Count > 20);
        Assert.All(classes, name =>
        {
            Assert.StartsWith("medqa-", name, StringComparison.Ordinal);
            Assert.Contains("`" + name + "`", readme, StringComparison.Ordinal);
        });
    }

    private static string RemovedDisclaimer(string full)
    {
        var start = full.IndexOf("<aside", StringComparison.Ordinal);
        return full[start..(full.IndexOf("</aside>\n", StringComparison.Ordinal) + "</aside>\n".Length)];
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MedQa.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (MedQa.slnx) was not found.");
    }

    [GeneratedRegex("<article class=\"medqa-answer\" id=\"answer-([^\"]+)\" data-medqa=\"answer\">")]
    private static partial Regex AnswerId();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("aria-labelledby=\"([^\"]+)\"")]
    private static partial Regex LabelledBy();

    [GeneratedRegex("href=\"[^\"]*\"")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("class=\"([^\"]+)\"")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex("^</?([a-z0-9]+)")]
    private static partial Regex TagName();
}
