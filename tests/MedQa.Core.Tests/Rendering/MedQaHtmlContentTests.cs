using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using FsCheck.Xunit;
using MedQa.Rendering;
using MedQa.Samples;

namespace MedQa.Tests.Rendering;

/// <summary>The content entry points (what MedQa.AspNetCore adapts to IHtmlContent) and the guard's marker attributes.</summary>
public class MedQaHtmlContentTests
{
    private readonly QaThread _seed = SeedThread.Build();

    public static TheoryData<string> Parts() => ["thread", "answers", "disclaimer"];

    [Theory]
    [MemberData(nameof(Parts))]
    public void WriteTo_EveryOutput_WritesWhatTheStringOverloadReturns(string part)
    {
        var renderer = new MedQaHtmlRenderer(new RenderOptions { HeadingLevel = 2 });
        var thread = RenderFixtures.Hostile();
        var (content, expected) = part switch
        {
            "thread" => (renderer.RenderContent(thread), renderer.Render(thread)),
            "answers" => (renderer.RenderAnswersContent(thread), renderer.RenderAnswers(thread)),
            _ => (renderer.RenderDisclaimerContent(thread.Disclaimer), renderer.RenderDisclaimer(thread.Disclaimer)),
        };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer);
        using var encoderWriter = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(encoderWriter, renderer.Options.Encoder);
        var utf8 = new ArrayBufferWriter<byte>(8);
        content.WriteTo(utf8);

        Assert.Equal(expected, writer.ToString());
        Assert.Equal(expected, encoderWriter.ToString());
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8.WrittenSpan));
        Assert.Equal(expected, content.ToString());
    }

    [Fact]
    public void WriteTo_PagesEncoder_EncodesTheDataWithIt()
    {
        var thread = new QaThread(new Question("q", "Thrombose après sclérothérapie <vraiment> ?"), _seed.Answers, _seed.Disclaimer);
        var content = MedQaHtmlRenderer.Default.RenderContent(thread);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        // The renderer's default keeps "après" readable (issue 13); the page's Basic-Latin encoder is still the one used.
        content.WriteTo(writer, HtmlEncoder.Default);

        Assert.Contains(">Thrombose apr&#xE8;s scl&#xE9;roth&#xE9;rapie &lt;vraiment&gt; ?</h1>", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("après", content.ToString(), StringComparison.Ordinal);
        Assert.Equal(new MedQaHtmlRenderer(new RenderOptions { Encoder = HtmlEncoder.Default }).Render(thread), writer.ToString());
    }

    [Fact]
    public void WriteTo_DefaultValue_WritesNothing()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var utf8 = new ArrayBufferWriter<byte>();

        default(MedQaHtmlContent).WriteTo(writer);
        default(MedQaHtmlContent).WriteTo(writer, HtmlEncoder.Default);
        default(MedQaHtmlContent).WriteTo(utf8);

        Assert.Equal(string.Empty, writer.ToString());
        Assert.Equal(0, utf8.WrittenCount);
        Assert.Equal(string.Empty, default(MedQaHtmlContent).ToString());
    }

    [Fact]
    public void RenderContent_NullArguments_ThrowNamingThem()
    {
        Assert.Equal("thread", Assert.ThrowsAny<ArgumentNullException>(() => MedQaHtmlRenderer.Default.RenderContent(null!)).ParamName);
        Assert.Equal("thread", Assert.ThrowsAny<ArgumentNullException>(() => MedQaHtmlRenderer.Default.RenderAnswersContent(null!)).ParamName);
        Assert.Equal("disclaimer", Assert.ThrowsAny<ArgumentNullException>(() => MedQaHtmlRenderer.Default.RenderDisclaimerContent(null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => MedQaHtmlRenderer.Default.RenderContent(_seed).WriteTo((TextWriter)null!));
    }

    [Fact]
    public void Equals_SamePartOfTheSameThread_IsEqual()
    {
        var renderer = MedQaHtmlRenderer.Default;

        Assert.Equal(renderer.RenderContent(_seed), renderer.RenderContent(_seed));
        Assert.True(renderer.RenderContent(_seed) != renderer.RenderAnswersContent(_seed));
        Assert.NotEqual(renderer.RenderContent(_seed), new MedQaHtmlRenderer().RenderContent(_seed));
    }

    [Fact]
    public void Render_Markers_OnEveryAnswerAndOnTheDisclaimerOnly()
    {
        var html = MedQaHtmlRenderer.Default.Render(_seed);
        var answers = MedQaHtmlRenderer.Default.RenderAnswers(_seed);
        var disclaimer = MedQaHtmlRenderer.Default.RenderDisclaimer(_seed.Disclaimer);

        Assert.Equal(_seed.Answers.Length, Regex.Count(html, $"<article [^>]*{MedQaMarkup.AnswerAttribute}>"));
        Assert.Equal(1, Regex.Count(html, $"<aside [^>]*{MedQaMarkup.DisclaimerAttribute}>"));
        Assert.Equal(_seed.Answers.Length, Regex.Count(answers, MedQaMarkup.AnswerAttribute));
        Assert.DoesNotContain(MedQaMarkup.DisclaimerAttribute, answers, StringComparison.Ordinal);
        Assert.Contains(MedQaMarkup.DisclaimerAttribute, disclaimer, StringComparison.Ordinal);
        Assert.DoesNotContain(MedQaMarkup.AnswerAttribute, disclaimer, StringComparison.Ordinal);
    }

    /// <summary>The guard trusts the markers, so no text in any field may forge one, whatever the encoder.</summary>
    [Property(Arbitrary = [typeof(RenderingPropertyTests.Arbitraries)])]
    public bool Render_MarkersInEveryField_AreNeverWrittenAsMarkup(string text)
    {
        var forged = RenderFixtures.Thread(field => field + MedQaMarkup.DisclaimerAttribute + text + MedQaMarkup.AnswerAttribute);
        var relaxed = new MedQaHtmlRenderer(new RenderOptions { Encoder = HtmlEncoder.Create(UnicodeRanges.All) });

        return Markers(MedQaHtmlRenderer.Default.RenderAnswers(forged)) == (forged.PublishedAnswers.Length, 0)
            && Markers(relaxed.RenderAnswers(forged)) == (forged.PublishedAnswers.Length, 0)
            && Markers(relaxed.Render(forged)) == (forged.PublishedAnswers.Length, 1);

        static (int Answers, int Disclaimers) Markers(string html)
            => (Regex.Count(html, MedQaMarkup.AnswerAttribute), Regex.Count(html, MedQaMarkup.DisclaimerAttribute));
    }

    [Fact]
    public void PlainTextRenderer_Utf8Overloads_WriteWhatTheStringOverloadsReturn()
    {
        var thread = RenderFixtures.Hostile();
        var answers = new ArrayBufferWriter<byte>(8);
        var disclaimer = new ArrayBufferWriter<byte>(8);

        PlainTextRenderer.Default.RenderAnswers(thread, answers);
        PlainTextRenderer.Default.RenderDisclaimer(thread.Disclaimer, disclaimer);

        Assert.Equal(PlainTextRenderer.Default.RenderAnswers(thread), Encoding.UTF8.GetString(answers.WrittenSpan));
        Assert.Equal(PlainTextRenderer.Default.RenderDisclaimer(thread.Disclaimer), Encoding.UTF8.GetString(disclaimer.WrittenSpan));
    }
}
