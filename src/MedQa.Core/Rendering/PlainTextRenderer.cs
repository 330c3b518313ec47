using System.Buffers;
using System.Globalization;

namespace MedQa.Rendering;

/// <summary>
/// Renders a <see cref="QaThread"/> as plain text for consoles, e-mails and logs, laid out like the seed page, with
/// the medical disclaimer always included.
/// </summary>
/// <remarks>
/// Lines end with <c>"\n"</c>; paragraphs and answers are separated by blank lines. Text from the thread cannot forge
/// lines or drive a terminal: line breaks inside one-line fields become spaces, and control characters (such as
/// ESC) and bidirectional overrides become U+FFFD. Rendering to a reused buffer allocates nothing beyond the
/// output. Instances are immutable and thread-safe.
/// </remarks>
public sealed partial class PlainTextRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The layout options (order and labels; heading levels and the encoder are HTML-only); <see cref="RenderOptions.Default"/> when null.</param>
    public PlainTextRenderer(RenderOptions? options = null) => Options = options ?? RenderOptions.Default;

    /// <summary>A renderer with the default options.</summary>
    public static PlainTextRenderer Default { get; } = new();

    /// <summary>The options this renderer uses.</summary>
    public RenderOptions Options { get; }

    /// <summary>Writes the whole thread, the disclaimer included.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="writer">Where to write the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void Render(QaThread thread, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(writer);
        WriteThread(new PlainContent<TextWriterSink>(new TextWriterSink(writer)), thread, includeDisclaimer: true);
    }

    /// <summary>Writes the whole thread, the disclaimer included, as UTF-8.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="utf8">Where to write the UTF-8 bytes of the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void Render(QaThread thread, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8);
        var sink = Utf8Sink.Start(utf8);
        WriteThread(new PlainContent<Utf8Sink>(sink), thread, includeDisclaimer: true);
        sink.Finish();
    }

    /// <summary>Returns the whole thread as text, the disclaimer included.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RendersMedicalDisclaimer]
    public string Render(QaThread thread) => TextCapture.Of(thread, Render);

    /// <summary>
    /// Writes the question and the ranked answers <em>without</em> the disclaimer; the output must also carry
    /// <see cref="RenderDisclaimer(MedicalDisclaimer, TextWriter)"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="writer">Where to write the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RequiresMedicalDisclaimer]
    public void RenderAnswers(QaThread thread, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(writer);
        WriteThread(new PlainContent<TextWriterSink>(new TextWriterSink(writer)), thread, includeDisclaimer: false);
    }

    /// <summary>
    /// Writes the question and the ranked answers <em>without</em> the disclaimer, as UTF-8; the output must also
    /// carry <see cref="RenderDisclaimer(MedicalDisclaimer, IBufferWriter{byte})"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <param name="utf8">Where to write the UTF-8 bytes of the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RequiresMedicalDisclaimer]
    public void RenderAnswers(QaThread thread, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8);
        var sink = Utf8Sink.Start(utf8);
        WriteThread(new PlainContent<Utf8Sink>(sink), thread, includeDisclaimer: false);
        sink.Finish();
    }

    /// <summary>
    /// Returns the question and the ranked answers <em>without</em> the disclaimer; the output must also carry
    /// <see cref="RenderDisclaimer(MedicalDisclaimer)"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <returns>The text of the answers, without the disclaimer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RequiresMedicalDisclaimer]
    public string RenderAnswers(QaThread thread) => TextCapture.Of(thread, RenderAnswers);

    /// <summary>Writes the disclaimer alone: its heading line, then its three statements as one paragraph.</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <param name="writer">Where to write the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void RenderDisclaimer(MedicalDisclaimer disclaimer, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(disclaimer);
        ArgumentNullException.ThrowIfNull(writer);
        WriteDisclaimer(new PlainContent<TextWriterSink>(new TextWriterSink(writer)), disclaimer);
    }

    /// <summary>Writes the disclaimer alone, as UTF-8.</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <param name="utf8">Where to write the UTF-8 bytes of the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RendersMedicalDisclaimer]
    public void RenderDisclaimer(MedicalDisclaimer disclaimer, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(disclaimer);
        ArgumentNullException.ThrowIfNull(utf8);
        var sink = Utf8Sink.Start(utf8);
        WriteDisclaimer(new PlainContent<Utf8Sink>(sink), disclaimer);
        sink.Finish();
    }

    /// <summary>Returns the disclaimer alone as text.</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <returns>The disclaimer's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclaimer"/> is null.</exception>
    [RendersMedicalDisclaimer]
    public string RenderDisclaimer(MedicalDisclaimer disclaimer) => TextCapture.Of(disclaimer, RenderDisclaimer);

    private void WriteThread<TWriter>(TWriter w, QaThread thread, bool includeDisclaimer)
        where TWriter : struct, IContentWriter
    {
        var question = thread.Question;
        w.Text(question.Title);
        w.Literal("\n");
        if (question.AskedAt is { } askedAt)
        {
            ContentParts.Date(w, askedAt);
            w.Literal("\n");
        }

        if (question.Body is not null)
        {
            w.Literal("\n");
            Paragraphs(w, question.Body);
        }

        w.Literal("\n");
        w.Text(Options.AnswersHeading);
        w.Literal(" ");
        // Only published answers are shown and counted: the ranking skips the others, with no filtered copy.
        var answers = thread.Answers;
        using var ranked = new RankedIndices(
            answers, Options.Order, Options.Confidence, stackalloc long[RankedIndices.StackLimit], stackalloc int[RankedIndices.StackLimit]);
        ContentParts.Number(w, ranked.Indices.Length);
        w.Literal("\n");

        var now = Options.Clock.GetUtcNow(); // one instant for the whole render: every badge judged alike
        foreach (var index in ranked.Indices)
        {
            WriteAnswer(w, answers[index], now, Options.VerifiedLabel);
        }

        WriteReview(w, thread);

        if (includeDisclaimer)
        {
            w.Literal("\n");
            WriteDisclaimer(w, thread.Disclaimer);
        }
    }

    private static void WriteAnswer<TWriter>(TWriter w, Answer answer, DateTimeOffset now, string verifiedLabel)
        where TWriter : struct, IContentWriter
    {
        w.Literal("\n----\n");
        if (answer.Headline is not null)
        {
            w.Text(answer.Headline);
            w.Literal("\n");
        }

        ContentParts.Votes(w, answer.Votes);
        w.Literal("\n\n");
        Paragraphs(w, answer.Body);
        WriteEndorsementsAndReferences(w, answer);
        if (answer.Author is { } author)
        {
            w.Literal("\n");
            if (author.Name is not null)
            {
                ContentParts.NameLine(w, author);
                w.Literal("\n");
            }

            // The badge only while a licence is valid at the render's instant (Physician.IsVerifiedAt).
            if (author.IsVerifiedAt(now))
            {
                w.Text(verifiedLabel);
                w.Literal("\n");
            }

            if (author.City is not null || author.Specialty is not null)
            {
                ContentParts.PracticeLine(w, author);
                w.Literal("\n");
            }

            if (author.Rating is { } rating)
            {
                ContentParts.RatingLine(w, rating);
                w.Literal("\n");
            }

            foreach (var certification in author.BoardCertifications)
            {
                ContentParts.BoardLine(w, certification);
                w.Literal(certification.Board.IsAbmsMember ? " (ABMS member board)\n" : "\n");
            }
        }

        if (answer.PostedAt is { } postedAt)
        {
            ContentParts.Date(w, postedAt);
            w.Literal("\n");
        }

        WriteEditedAndDisclosure(w, answer);
    }

    private void WriteDisclaimer<TWriter>(TWriter w, MedicalDisclaimer disclaimer)
        where TWriter : struct, IContentWriter
    {
        w.Text(Options.DisclaimerHeading);
        w.Literal("\n");
        w.Text(disclaimer.EducationalStatement);
        w.Literal(" ");
        w.Text(disclaimer.EmergencyStatement);
        w.Literal(" ");
        w.Text(disclaimer.NoRelationshipStatement);
        w.Literal("\n");
    }

    // Paragraphs separated by blank lines, each line of a paragraph on its own line.
    private static void Paragraphs<TWriter>(TWriter w, string body)
        where TWriter : struct, IContentWriter
    {
        var reader = new ParagraphReader(body);
        var first = true;
        while (reader.TryReadParagraph(out var paragraph))
        {
            if (!first)
            {
                w.Literal("\n");
            }

            while (ParagraphReader.TryReadLine(ref paragraph, out var line))
            {
                w.Text(line);
                w.Literal("\n");
            }

            first = false;
        }
    }
}
