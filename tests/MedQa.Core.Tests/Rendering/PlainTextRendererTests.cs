using System.Buffers;
using System.Text;
using MedQa.Rendering;
using MedQa.Samples;

namespace MedQa.Tests.Rendering;

public class PlainTextRendererTests
{
    private readonly QaThread _seed = SeedThread.Build();

    [Fact]
    public void Render_SeedThread_ReadsLikeTheSeedPage()
    {
        var text = PlainTextRenderer.Default.Render(_seed);

        Assert.StartsWith(
            "How Often Do People Experience Blood Clots During Sclerotherapy\n\nWhen blood clots occur from sclerotherapy, how serious are they?\n\nDoctor Answers 4\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("\n----\nRisks of Sclerotherapy\n+1\n\nSclerotherapy destroys", text, StringComparison.Ordinal);
        Assert.Contains("\nMitchel P. Goldman, MD\nSan Diego Dermatologic Surgeon\n4.9 out of 5 stars 26 reviews\n", text, StringComparison.Ordinal);
        Assert.Contains("\nNaples General Surgeon\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSamir Shureih, MD\nBaltimore Plastic Surgeon\n", text, StringComparison.Ordinal);
        Assert.Contains(
            "Sclerotherapy for very fine SPIDER veins do not get blood clots.\n\nIn injecting RETICULAR veins,",
            text,
            StringComparison.Ordinal);
        Assert.Equal(4, text.Split("\n+1\n").Length - 1);
        Assert.EndsWith("\nMedical disclaimer\n" + _seed.Disclaimer.Text + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllThreeOutputs_WriteTheSameText()
    {
        var thread = RenderFixtures.Thread(field => field + " ünïcödé 😀\u001b[2J");
        var asString = PlainTextRenderer.Default.Render(thread);
        using var writer = new StringWriter();
        PlainTextRenderer.Default.Render(thread, writer);
        var utf8 = new ArrayBufferWriter<byte>(8);
        PlainTextRenderer.Default.Render(thread, utf8);

        Assert.Equal(asString, writer.ToString());
        Assert.Equal(asString, Encoding.UTF8.GetString(utf8.WrittenSpan));
        Assert.Contains("😀", asString, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Utf8LongTextOfSurrogatePairs_SplitsNoPair()
    {
        var body = "a" + string.Concat(Enumerable.Repeat("😀", 3_000));
        var thread = new QaThread(new Question("q", body[..101]), [new Answer("a", body)], MedicalDisclaimer.Standard);
        var utf8 = new ArrayBufferWriter<byte>(1);
        PlainTextRenderer.Default.Render(thread, utf8);

        var text = Encoding.UTF8.GetString(utf8.WrittenSpan);
        Assert.Equal(PlainTextRenderer.Default.Render(thread), text);
        Assert.Contains(body, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void Render_TerminalEscapesAndBidiOverrides_AreNeutralized()
    {
        var thread = RenderFixtures.Thread(field => field + "\u001b]0;pwned\u0007\u202Egnp.exe\u009b");

        var text = PlainTextRenderer.Default.Render(thread);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.Contains("Title\uFFFD]0;pwned\uFFFD\uFFFDgnp.exe\uFFFD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LineBreakInAOneLineField_CannotForgeALine()
    {
        var forged = new Physician("p", name: "Jane Roe\nBoard certified by the FDA\r\n5 out of 5 stars 9999 reviews", specialty: "Surgeon");
        var thread = new QaThread(new Question("q", "Title"), [new Answer("a", "Body", author: forged)], MedicalDisclaimer.Standard);

        var lines = PlainTextRenderer.Default.Render(thread).Split('\n');

        Assert.Contains("Jane Roe Board certified by the FDA  5 out of 5 stars 9999 reviews", lines);
        Assert.DoesNotContain("5 out of 5 stars 9999 reviews", lines);
    }

    [Fact]
    public void Render_FullThread_ShowsDatesBoardsAndLastReviewed()
    {
        var text = PlainTextRenderer.Default.Render(RenderFixtures.Benign());

        Assert.StartsWith("Title\n2024-05-01\n", text, StringComparison.Ordinal);
        Assert.Contains("\nBoard certified in Surgery by the American Board of Surgery (ABMS member board)\nBoard certified by the Board\n2024-05-02\n", text, StringComparison.Ordinal);
        Assert.Contains("\nName, MD, FACS\nCity Specialty\n4.5 out of 5 stars 10 reviews\n", text, StringComparison.Ordinal);
        Assert.Contains("\nLast reviewed by Reviewer, MD on 2024-06-01\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Order_FollowsTheRanking()
    {
        var thread = new QaThread(
            new Question("q", "Title"),
            [new Answer("old", "Old", postedAt: DateTimeOffset.UnixEpoch), new Answer("new", "New", postedAt: DateTimeOffset.UnixEpoch.AddDays(1))],
            MedicalDisclaimer.Standard);

        var newest = new PlainTextRenderer(new RenderOptions { Order = AnswerOrder.Newest }).Render(thread);
        var oldest = new PlainTextRenderer(new RenderOptions { Order = AnswerOrder.Oldest }).Render(thread);

        Assert.True(newest.IndexOf("\nNew\n", StringComparison.Ordinal) < newest.IndexOf("\nOld\n", StringComparison.Ordinal));
        Assert.True(oldest.IndexOf("\nOld\n", StringComparison.Ordinal) < oldest.IndexOf("\nNew\n", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderAnswers_Thread_OmitsTheDisclaimer()
    {
        var full = PlainTextRenderer.Default.Render(_seed);
        var answers = PlainTextRenderer.Default.RenderAnswers(_seed);

        Assert.DoesNotContain(MedicalDisclaimer.StandardEducationalStatement, answers, StringComparison.Ordinal);
        Assert.Equal(full, answers + "\n" + PlainTextRenderer.Default.RenderDisclaimer(_seed.Disclaimer));
    }

    [Fact]
    public void RenderDisclaimer_CustomHeading_HeadingThenStatements()
    {
        var renderer = new PlainTextRenderer(new RenderOptions { DisclaimerHeading = "Important" });

        Assert.Equal("Important\n" + MedicalDisclaimer.ForRegion("JP").Text + "\n", renderer.RenderDisclaimer(MedicalDisclaimer.ForRegion("JP")));
    }

    [Fact]
    public void Render_ReusedBuffer_AllocatesNothing()
    {
        var thread = RenderFixtures.Hostile();
        var utf8 = new ArrayBufferWriter<byte>(64 * 1024);
        for (var i = 0; i < 5; i++)
        {
            utf8.ResetWrittenCount();
            PlainTextRenderer.Default.Render(thread, utf8);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            utf8.ResetWrittenCount();
            PlainTextRenderer.Default.Render(thread, utf8);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
