using System.Buffers;
using System.Globalization;

namespace MedQa.Rendering;

/// <summary>
/// Renders a <see cref="QaThread"/> as safe, semantic HTML: every piece of text from the thread is HTML-encoded, the
/// only structure kept from the input is paragraphs (blank lines), and the medical disclaimer is always rendered.
/// </summary>
/// <remarks>
/// <para>
/// The markup is a fragment for a page's body: a <c>div.medqa-thread</c> holding the question's <c>section</c>, an
/// <c>article</c> per answer (with the id <c>answer-{answer id}</c>, answer ids being URL-safe), and the disclaimer
/// in an <c>aside role="note"</c> labelled by its heading. The CSS classes, all prefixed <c>medqa-</c>, are stable
/// and listed in the README. No markup or attribute is ever taken from the data; the only URLs are an answer's
/// references, absolute http(s) by construction, escaped and attribute-encoded, with <c>rel="nofollow noopener"</c>.
/// </para>
/// <para>
/// <see cref="RenderAnswers(QaThread, TextWriter)"/> leaves the disclaimer out for pages whose layout renders it
/// once with <see cref="RenderDisclaimer(MedicalDisclaimer, TextWriter)"/>; the MedQa analyzer checks that such a
/// page does. Rendering to a reused <see cref="IBufferWriter{T}"/> or <see cref="StringWriter"/> allocates nothing
/// beyond the output. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial class MedQaHtmlRenderer
{
    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The layout options; <see cref="RenderOptions.Default"/> when null.</param>
    public MedQaHtmlRenderer(RenderOptions? options = null) => Options = options ?? RenderOptions.Default;

    /// <summary>A renderer with the default options.</summary>
    public static MedQaHtmlRenderer Default { get; } = new();

    /// <summary>The options this renderer uses.</summary>
    public RenderOptions Options { get; }

    /// <summary>Writes the whole thread, the disclaimer included.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="writer">Where to write the HTML.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void Render(QaThread thread, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(writer);
        WriteThread(new HtmlContent<TextWriterSink>(new TextWriterSink(writer), Options.Encoder), thread, includeDisclaimer: true);
    }

    /// <summary>Writes the whole thread, the disclaimer included, as UTF-8.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="utf8">Where to write the UTF-8 bytes of the HTML.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void Render(QaThread thread, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8);
        var sink = Utf8Sink.Start(utf8);
        WriteThread(new HtmlContent<Utf8Sink>(sink, Options.Encoder), thread, includeDisclaimer: true);
        sink.Finish();
    }

    /// <summary>Returns the whole thread's HTML, the disclaimer included.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RendersMedicalDisclaimer]
    public string Render(QaThread thread) => TextCapture.Of(thread, Render);

    /// <summary>
    /// Writes the question and the ranked answers <em>without</em> the disclaimer, for a page whose layout renders
    /// it once: that page must call <see cref="RenderDisclaimer(MedicalDisclaimer, TextWriter)"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="writer">Where to write the HTML.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RequiresMedicalDisclaimer]
    public void RenderAnswers(QaThread thread, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(writer);
        WriteThread(new HtmlContent<TextWriterSink>(new TextWriterSink(writer), Options.Encoder), thread, includeDisclaimer: false);
    }

    /// <summary>
    /// Writes the question and the ranked answers <em>without</em> the disclaimer, as UTF-8; the page must also
    /// call <see cref="RenderDisclaimer(MedicalDisclaimer, IBufferWriter{byte})"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="utf8">Where to write the UTF-8 bytes of the HTML.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RequiresMedicalDisclaimer]
    public void RenderAnswers(QaThread thread, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8);
        var sink = Utf8Sink.Start(utf8);
        WriteThread(new HtmlContent<Utf8Sink>(sink, Options.Encoder), thread, includeDisclaimer: false);
        sink.Finish();
    }

    /// <summary>
    /// Returns the question and the ranked answers <em>without</em> the disclaimer; the page must also render
    /// <see cref="RenderDisclaimer(MedicalDisclaimer)"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <returns>The HTML of the answers, without the disclaimer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RequiresMedicalDisclaimer]
    public string RenderAnswers(QaThread thread) => TextCapture.Of(thread, RenderAnswers);

    /// <summary>Writes the disclaimer alone, in its labelled <c>aside</c> (its heading's id is <c>medqa-disclaimer</c>).</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <param name="writer">Where to write the HTML.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void RenderDisclaimer(MedicalDisclaimer disclaimer, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(disclaimer);
        ArgumentNullException.ThrowIfNull(writer);
        WriteDisclaimer(new HtmlContent<TextWriterSink>(new TextWriterSink(writer), Options.Encoder), disclaimer, null);
    }

    /// <summary>Writes the disclaimer alone, as UTF-8.</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <param name="utf8">Where to write the UTF-8 bytes of the HTML.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void RenderDisclaimer(MedicalDisclaimer disclaimer, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(disclaimer);
        ArgumentNullException.ThrowIfNull(utf8);
        var sink = Utf8Sink.Start(utf8);
        WriteDisclaimer(new HtmlContent<Utf8Sink>(sink, Options.Encoder), disclaimer, null);
        sink.Finish();
    }

    /// <summary>Returns the disclaimer's HTML alone.</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <returns>The disclaimer's <c>aside</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclaimer"/> is null.</exception>
    [RendersMedicalDisclaimer]
    public string RenderDisclaimer(MedicalDisclaimer disclaimer) => TextCapture.Of(disclaimer, RenderDisclaimer);

    private void WriteThread<TWriter>(TWriter w, QaThread thread, bool includeDisclaimer)
        where TWriter : struct, IContentWriter
    {
        var question = thread.Question;
        var level = Options.HeadingLevel;
        w.Literal("<div class=\"medqa-thread\"");
        NonBindable(w);
        w.Literal(">\n<section class=\"medqa-question\" aria-labelledby=\"medqa-question-");
        w.Text(question.Id);
        w.Literal("\">\n");
        OpenHeading(w, level, "medqa-question-title", "medqa-question-", question.Id);
        w.Text(question.Title);
        CloseHeading(w, level);
        if (question.Body is not null)
        {
            w.Literal("<div class=\"medqa-question-body\">");
            Paragraphs(w, question.Body);
            w.Literal("</div>\n");
        }

        if (question.AskedAt is { } askedAt)
        {
            w.Literal("<p class=\"medqa-question-date\">");
            Time(w, askedAt);
            w.Literal("</p>\n");
        }

        w.Literal("</section>\n");
        WriteAnswers(w, thread, level + 1);
        WriteReview(w, thread);

        if (includeDisclaimer)
        {
            WriteDisclaimer(w, thread.Disclaimer, question.Id);
        }

        w.Literal("</div>\n");
    }

    private void WriteAnswers<TWriter>(TWriter w, QaThread thread, int level)
        where TWriter : struct, IContentWriter
    {
        // Only published answers are shown and counted: the ranking skips the others, with no filtered copy.
        var answers = thread.Answers;
        using var ranked = new RankedIndices(
            answers, Options.Order, Options.Confidence, stackalloc long[RankedIndices.StackLimit], stackalloc int[RankedIndices.StackLimit]);
        w.Literal("<section class=\"medqa-answers\" aria-labelledby=\"medqa-answers-");
        w.Text(thread.Question.Id);
        w.Literal("\">\n");
        OpenHeading(w, level, "medqa-answers-title", "medqa-answers-", thread.Question.Id);
        w.Text(Options.AnswersHeading);
        w.Literal(" <span class=\"medqa-answer-count\">");
        ContentParts.Number(w, ranked.Indices.Length);
        w.Literal("</span>");
        CloseHeading(w, level);

        var now = Options.Clock.GetUtcNow(); // one instant for the whole render: every badge judged alike
        foreach (var index in ranked.Indices)
        {
            WriteAnswer(w, answers[index], level + 1, now, Options.VerifiedLabel);
        }

        w.Literal("</section>\n");
    }

    private static void WriteAnswer<TWriter>(TWriter w, Answer answer, int level, DateTimeOffset now, string verifiedLabel)
        where TWriter : struct, IContentWriter
    {
        w.Literal("<article class=\"medqa-answer\" id=\"answer-");
        w.Text(answer.Id);
        w.Literal("\" " + MedQaMarkup.AnswerAttribute + ">\n");
        if (answer.Headline is not null)
        {
            OpenHeading(w, level, "medqa-answer-headline", null, null);
            w.Text(answer.Headline);
            CloseHeading(w, level);
        }

        w.Literal("<data class=\"medqa-votes\" value=\"");
        ContentParts.Number(w, answer.Votes.Net);
        w.Literal("\">");
        ContentParts.Votes(w, answer.Votes);
        w.Literal("</data>\n<div class=\"medqa-answer-body\">");
        Paragraphs(w, answer.Body);
        w.Literal("</div>\n");
        WriteEndorsements(w, answer);
        WriteReferences(w, answer);
        if (answer.Author is not null || answer.PostedAt is not null || answer.LastEditedAt is not null || answer.Disclosure is not null)
        {
            w.Literal("<footer class=\"medqa-answer-footer\">\n");
            if (answer.Author is { } author)
            {
                WriteAuthor(w, author, author.IsVerifiedAt(now) ? verifiedLabel : null);
            }

            WriteAnswerDates(w, answer);
            WriteDisclosure(w, answer);
            w.Literal("</footer>\n");
        }

        w.Literal("</article>\n");
    }

    // The badge only when a licence is valid at the render's instant (Physician.IsVerifiedAt): null otherwise.
    private static void WriteAuthor<TWriter>(TWriter w, Physician author, string? verifiedBadge)
        where TWriter : struct, IContentWriter
    {
        w.Literal("<div class=\"medqa-author\">\n");
        if (author.Name is not null)
        {
            w.Literal("<p class=\"medqa-author-name\">");
            ContentParts.NameLine(w, author);
            w.Literal("</p>\n");
        }

        if (verifiedBadge is not null)
        {
            w.Literal("<p class=\"medqa-author-verified\">");
            w.Text(verifiedBadge);
            w.Literal("</p>\n");
        }

        if (author.City is not null || author.Specialty is not null)
        {
            w.Literal("<p class=\"medqa-author-practice\">");
            ContentParts.PracticeLine(w, author);
            w.Literal("</p>\n");
        }

        if (author.Rating is { } rating)
        {
            w.Literal("<p class=\"medqa-author-rating\">");
            ContentParts.RatingLine(w, rating);
            w.Literal("</p>\n");
        }

        if (!author.BoardCertifications.IsEmpty)
        {
            w.Literal("<ul class=\"medqa-author-boards\">\n");
            foreach (var certification in author.BoardCertifications)
            {
                w.Literal(certification.Board.IsAbmsMember
                    ? "<li class=\"medqa-board medqa-board-abms\">"
                    : "<li class=\"medqa-board medqa-board-other\">");
                ContentParts.BoardLine(w, certification);
                w.Literal("</li>\n");
            }

            w.Literal("</ul>\n");
        }

        w.Literal("</div>\n");
    }

    private void WriteDisclaimer<TWriter>(TWriter w, MedicalDisclaimer disclaimer, string? threadId)
        where TWriter : struct, IContentWriter
    {
        // One disclaimer per thread: inside a thread its heading's id carries the thread's (question's) id.
        var level = Options.HeadingLevel + 1;
        var idPrefix = threadId is null ? "medqa-disclaimer" : "medqa-disclaimer-";
        w.Literal("<aside class=\"medqa-disclaimer\" role=\"note\" aria-labelledby=\"");
        w.Literal(idPrefix);
        w.Text(threadId);
        w.Literal("\"");
        if (threadId is null)
        {
            // A fragment of its own; inside a thread, the thread's root already carries the attributes.
            NonBindable(w);
        }

        w.Literal(" " + MedQaMarkup.DisclaimerAttribute + ">\n");
        OpenHeading(w, level, "medqa-disclaimer-title", idPrefix, threadId);
        w.Text(Options.DisclaimerHeading);
        CloseHeading(w, level);
        w.Literal("<p class=\"medqa-disclaimer-text\">");
        w.Text(disclaimer.EducationalStatement);
        w.Literal(" ");
        w.Text(disclaimer.EmergencyStatement);
        w.Literal(" ");
        w.Text(disclaimer.NoRelationshipStatement);
        w.Literal("</p>\n</aside>\n");
    }

    // On the root element of every fragment: client-side template engines bootstrapped on the host page (AngularJS,
    // Vue) skip the subtree, so "{{constructor.constructor('alert(1)')()}}" in an answer stays text. HTML-encoding
    // cannot do this: the DOM text still holds the braces.
    private void NonBindable<TWriter>(TWriter w)
        where TWriter : struct, IContentWriter
    {
        if (Options.PreventClientTemplates)
        {
            w.Literal(" " + MedQaMarkup.NonBindableAttributes);
        }
    }

    private static void OpenHeading<TWriter>(TWriter w, int level, string cssClass, string? idPrefix, string? id)
        where TWriter : struct, IContentWriter
    {
        w.Literal("<");
        w.Literal(Headings[level - 1]);
        w.Literal(" class=\"");
        w.Literal(cssClass);
        w.Literal("\"");
        if (idPrefix is not null)
        {
            w.Literal(" id=\"");
            w.Literal(idPrefix);
            w.Text(id);
            w.Literal("\"");
        }

        w.Literal(">");
    }

    private static void CloseHeading<TWriter>(TWriter w, int level)
        where TWriter : struct, IContentWriter
    {
        w.Literal("</");
        w.Literal(Headings[level - 1]);
        w.Literal(">\n");
    }
}
