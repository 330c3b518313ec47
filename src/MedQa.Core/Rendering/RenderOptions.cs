using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MedQa.Rendering;

/// <summary>How <see cref="MedQaHtmlRenderer"/> and <see cref="PlainTextRenderer"/> lay out a thread: the answers' order, heading levels and labels.</summary>
/// <remarks>
/// There is deliberately no option to leave out the medical disclaimer. Labels are written as text (HTML-encoded
/// by the HTML renderer), never as markup. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record RenderOptions
{
    // Created once: an HtmlEncoder caches what it allows, and every default RenderOptions shares this one.
    // Declared before Default, whose initializer needs it (static initializers run in textual order).
    private static readonly HtmlEncoder ReadableEncoder = CreateReadableEncoder();

    private readonly double _confidence = WilsonScore.DefaultConfidence;
    private readonly int _headingLevel = 1;
    private readonly string _answersHeading = "Doctor Answers";
    private readonly string _disclaimerHeading = "Medical disclaimer";
    private readonly string _lastReviewedLabel = "Last reviewed";
    private readonly string _verifiedLabel = "Licence verified";
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly HtmlEncoder _encoder = ReadableEncoder;

    /// <summary>The default options: most helpful answers first, the question as an <c>h1</c>, English labels.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The order of the answers; <see cref="AnswerOrder.Helpfulness"/> by default.</summary>
    public AnswerOrder Order { get; init; } = AnswerOrder.Helpfulness;

    /// <summary>For <see cref="AnswerOrder.Helpfulness"/>: the two-sided confidence level of the Wilson interval; 0.95 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double Confidence
    {
        get => _confidence;
        init
        {
            WilsonScore.ZForConfidence(value);
            _confidence = value;
        }
    }

    /// <summary>
    /// The HTML heading level of the question's title, 1 to 4 (1 by default): the answers' and disclaimer's headings
    /// are one level below it, the answers' headlines two levels below.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 4.</exception>
    public int HeadingLevel
    {
        get => _headingLevel;
        init => _headingLevel = value is >= 1 and <= 4
            ? value
            : throw Guard.OutOfRange($"Heading level must be 1, 2, 3 or 4 (the question's h1 to h4); got {value}.", nameof(HeadingLevel), value);
    }

    /// <summary>The heading above the answers, followed by their count: "Doctor Answers" by default, as on the seed page.</summary>
    /// <exception cref="ArgumentException">The value is null, blank or longer than 200 characters.</exception>
    public string AnswersHeading
    {
        get => _answersHeading;
        init => _answersHeading = Label(value, "answers heading", nameof(AnswersHeading));
    }

    /// <summary>The heading of the disclaimer's region: "Medical disclaimer" by default.</summary>
    /// <exception cref="ArgumentException">The value is null, blank or longer than 200 characters.</exception>
    public string DisclaimerHeading
    {
        get => _disclaimerHeading;
        init => _disclaimerHeading = Label(value, "disclaimer heading", nameof(DisclaimerHeading));
    }

    /// <summary>The words before <see cref="QaThread.LastReviewed"/>: "Last reviewed" by default.</summary>
    /// <exception cref="ArgumentException">The value is null, blank or longer than 200 characters.</exception>
    public string LastReviewedLabel
    {
        get => _lastReviewedLabel;
        init => _lastReviewedLabel = Label(value, "last-reviewed label", nameof(LastReviewedLabel));
    }

    /// <summary>The words of the verified badge an author gets while <see cref="Physician.IsVerifiedAt(TimeProvider)"/> holds at <see cref="Clock"/>: "Licence verified" by default.</summary>
    /// <exception cref="ArgumentException">The value is null, blank or longer than 200 characters.</exception>
    public string VerifiedLabel
    {
        get => _verifiedLabel;
        init => _verifiedLabel = Label(value, "verified label", nameof(VerifiedLabel));
    }

    /// <summary>
    /// The clock the verified badge is judged by, once per render: an author shows <see cref="VerifiedLabel"/> only
    /// while some licence is active, verified and unexpired at its instant (<see cref="Physician.IsVerifiedAt(TimeProvider)"/>).
    /// <see cref="TimeProvider.System"/> by default; a test or a preview passes its own.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimeProvider Clock
    {
        get => _clock;
        init => _clock = Guard.NotNull(value, "clock", nameof(Clock));
    }

    /// <summary>
    /// The encoder for every piece of text the HTML renderer writes. By default it allows every Unicode range
    /// (<c>HtmlEncoder.Create(new TextEncoderSettings(UnicodeRanges.All))</c>, what ASP.NET Core apps with non-English
    /// content configure for Razor), so "Über" and "¿Qué?" stay readable in the markup, while everything HTML needs
    /// escaped (<c>&lt; &gt; &amp; " '</c>) and everything unsafe (control characters, bidirectional controls such as
    /// U+202E, U+FEFF, lone surrogates) is still written as a character reference; so are characters beyond U+FFFF
    /// (emoji), which the framework's encoders always escape. A browser shows the same text either way. Set <see cref="HtmlEncoder.Default"/>
    /// for the framework's Basic-Latin-only output (<c>&amp;#xDC;ber</c>), or any other encoder your host uses.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public HtmlEncoder Encoder
    {
        get => _encoder;
        init => _encoder = Guard.NotNull(value, "encoder", nameof(Encoder));
    }

    /// <summary>
    /// Whether the root element of every HTML fragment (thread, answers, a disclaimer of its own) carries
    /// <see cref="MedQaMarkup.NonBindableAttributes"/> (<c>ng-non-bindable v-pre</c>), so that a client-side template
    /// engine bootstrapped on the host page (AngularJS, Vue) does not evaluate <c>{{…}}</c> written by a patient or a
    /// physician: HTML-encoding cannot prevent that, since the page's DOM text still holds the braces. True by default;
    /// set it to false only for a page that runs no such engine over MedQa's markup.
    /// </summary>
    public bool PreventClientTemplates { get; init; } = true;

    // Every range, but the bidirectional controls stay character references: in the DOM they are the same
    // characters, but raw in the markup they could reorder how its source reads ("Trojan Source", CVE-2021-42574).
    private static HtmlEncoder CreateReadableEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
        return HtmlEncoder.Create(settings);
    }

    private static string Label(string value, string label, string field) => Guard.NotBlank(value, label, Guard.MaxLineLength, field);
}
