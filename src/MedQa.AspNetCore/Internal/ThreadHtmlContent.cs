using System.Text.Encodings.Web;
using MedQa.Rendering;
using Microsoft.AspNetCore.Html;

namespace MedQa.AspNetCore.Internal;

/// <summary>
/// A thread's HTML as <see cref="IHtmlContent"/>: rendered straight into the writer the page is written to, when it
/// is written, so no intermediate string is built. The renderer's own encoder applies (it never emits raw data).
/// </summary>
internal sealed class ThreadHtmlContent(MedQaHtmlRenderer renderer, QaThread thread, bool includeDisclaimer) : IHtmlContent
{
    /// <inheritdoc/>
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (includeDisclaimer)
        {
            renderer.Render(thread, writer);
        }
        else
        {
            // The answers alone: MedQaAnswersTagHelper's users show the disclaimer with <medqa-disclaimer />.
            renderer.RenderAnswers(thread, writer);
        }
    }
}
