using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Rendering;

namespace MedQa.Tests.Rendering;

/// <summary>
/// The HTML keeps readable text readable (a German or Spanish thread is not a page of character references) and, for
/// any text, what a browser shows is exactly the input: checked by parsing the output with an HTML5 parser.
/// </summary>
public class ReadableTextTests
{
    private static readonly HtmlParser Parser = new();

    private static QaThread Thread(string title, string headline, string body)
        => new(new Question("q", title), [new Answer("a", body, headline: headline, author: new Physician("p", name: "Dr. Müller"))], MedicalDisclaimer.Standard);

    [Fact]
    public void Render_GermanAndSpanishText_StaysReadableInTheMarkup()
    {
        var html = MedQaHtmlRenderer.Default.Render(Thread("Über Thrombosen nach der Sklerotherapie", "¿Qué riesgos tiene?", "Größere Venen: ñandú, Ärger, Öl, ß."));

        Assert.Contains(">Über Thrombosen nach der Sklerotherapie</h1>", html, StringComparison.Ordinal);
        Assert.Contains("¿Qué riesgos tiene?", html, StringComparison.Ordinal);
        Assert.Contains("Größere Venen: ñandú, Ärger, Öl, ß.", html, StringComparison.Ordinal);
        Assert.Contains("Dr. Müller", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkupAndUnsafeCharacters_AreStillEncoded()
    {
        var html = MedQaHtmlRenderer.Default.Render(Thread("Über <script>alert('x')</script> & \"more\"", "Bidi \u202E override \u2067", "Zero\uFEFFwidth\u0007"));

        Assert.Contains(">Über &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;more&quot;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Bidi &#x202E; override &#x2067;", html, StringComparison.Ordinal);
        Assert.Contains("Zero&#xFEFF;width&#x7;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoder_HostsChoice_IsStillUsed()
    {
        var html = new MedQaHtmlRenderer(new RenderOptions { Encoder = HtmlEncoder.Default }).Render(Thread("Über", "Qué", "Body"));

        Assert.Contains(">&#xDC;ber</h1>", html, StringComparison.Ordinal);
    }

    /// <summary>For any text a person can type, the text a browser shows in each field is the input, character for character.</summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Render_AnyText_BrowserVisibleTextEqualsTheInput(TypedText title, TypedText headline, TypedText body)
    {
        var thread = Thread(title.Value, headline.Value, body.Value);
        var document = Parser.ParseDocument(MedQaHtmlRenderer.Default.Render(thread));

        return document.QuerySelector(".medqa-question-title")!.TextContent == title.Value
            && document.QuerySelector(".medqa-answer-headline")!.TextContent == headline.Value
            && document.QuerySelector(".medqa-answer-body p")!.TextContent == thread.Answers[0].Paragraphs[0];
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool Render_AnyText_HostEncoderGivesTheSameVisibleText(TypedText title)
    {
        var thread = Thread(title.Value, "Headline", "Body");
        var readable = Parser.ParseDocument(MedQaHtmlRenderer.Default.Render(thread));
        var ascii = Parser.ParseDocument(new MedQaHtmlRenderer(new RenderOptions { Encoder = HtmlEncoder.Default }).Render(thread));

        return readable.Body!.TextContent == ascii.Body!.TextContent;
    }

    /// <summary>One line of text as a person types it: letters of several scripts, digits, markup characters, emoji, spaces.</summary>
    public sealed record TypedText(string Value);

    public static class Arbitraries
    {
        private static readonly string[] Pieces =
        [
            "a", "Z", "7", " ", "\u00A0", "<", ">", "&", "\"", "'", "/", "=", "`", "{{", "}}", "&amp;", "&lt;", "<!--", "-->", "]]>",
            "Ü", "ö", "ß", "ñ", "¿", "¡", "é", "Ç", "€", "£", "©", "—", "…", "«", "»",
            "Ж", "ю", "λ", "Ω", "א", "ب", "ह", "中", "文", "한", "日", "ก",
            "😀", "👩‍⚕️", "🇩🇪", "\u0301", "\u200D", "\uFE0F", "\u200B", "\u00AD", "\u202E", "\u2066", "\uFEFF", "\t",
        ];

        public static Arbitrary<TypedText> Text() =>
            Gen.Elements(Pieces).ListOf()
                .Select(parts => new TypedText("x" + string.Concat(parts) + "y"))
                .Where(text => text.Value.Length <= Guard.MaxLineLength)
                .ToArbitrary();
    }
}
