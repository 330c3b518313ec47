using System.Buffers;
using System.Text.Encodings.Web;

namespace MedQa.Rendering;

// The entry points that return content instead of writing it: a page (or MedQa.AspNetCore's IHtmlContent adapter)
// writes it straight to the response when it renders, with no intermediate string.
public sealed partial class MedQaHtmlRenderer
{
    /// <summary>Which part of a thread a <see cref="MedQaHtmlContent"/> writes.</summary>
    internal enum Part : byte
    {
        Thread = 1,
        Answers,
        Disclaimer,
    }

    /// <summary>The whole thread, the disclaimer included, as content to write to the response.</summary>
    /// <param name="thread">The thread to render.</param>
    /// <returns>Content that renders the thread when written, as <see cref="Render(QaThread, TextWriter)"/> does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RendersMedicalDisclaimer]
    public MedQaHtmlContent RenderContent(QaThread thread)
        => new(this, Guard.NotNull(thread), Part.Thread);

    /// <summary>
    /// The question and the ranked answers <em>without</em> the disclaimer, as content to write to the response; the
    /// page must also render <see cref="RenderDisclaimerContent(MedicalDisclaimer)"/> (analyzer rule MEDQA001).
    /// </summary>
    /// <param name="thread">The thread to render.</param>
    /// <returns>Content that renders the answers when written, as <see cref="RenderAnswers(QaThread, TextWriter)"/> does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RequiresMedicalDisclaimer]
    public MedQaHtmlContent RenderAnswersContent(QaThread thread)
        => new(this, Guard.NotNull(thread), Part.Answers);

    /// <summary>The disclaimer alone, as content to write to the response.</summary>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <returns>Content that renders the disclaimer when written, as <see cref="RenderDisclaimer(MedicalDisclaimer, TextWriter)"/> does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclaimer"/> is null.</exception>
    [RendersMedicalDisclaimer]
    public MedQaHtmlContent RenderDisclaimerContent(MedicalDisclaimer disclaimer)
        => new(this, Guard.NotNull(disclaimer), Part.Disclaimer);

    internal void Write(Part part, object value, TextWriter writer, HtmlEncoder encoder)
        => Write(part, value, new HtmlContent<TextWriterSink>(new TextWriterSink(writer), encoder));

    internal void Write(Part part, object value, IBufferWriter<byte> utf8)
    {
        var sink = Utf8Sink.Start(utf8);
        Write(part, value, new HtmlContent<Utf8Sink>(sink, Options.Encoder));
        sink.Finish();
    }

    private void Write<TWriter>(Part part, object value, TWriter writer)
        where TWriter : struct, IContentWriter
    {
        switch (part)
        {
            case Part.Thread:
                WriteThread(writer, (QaThread)value, includeDisclaimer: true);
                break;
            case Part.Answers:
                WriteThread(writer, (QaThread)value, includeDisclaimer: false);
                break;
            default:
                WriteDisclaimer(writer, (MedicalDisclaimer)value, null);
                break;
        }
    }
}
