using System.Text.Encodings.Web;
using MedQa.Rendering;
using Microsoft.AspNetCore.Html;

namespace MedQa.AspNetCore.Internal;

/// <summary>
/// The disclaimers of the threads shown in the request, else the default, as <see cref="IHtmlContent"/>. They are
/// looked up when the content is written, after the page and its layout have run, so a <c>&lt;medqa-disclaimer /&gt;</c>
/// placed before the thread in the markup still shows that thread's disclaimer.
/// </summary>
internal sealed class DisclaimerHtmlContent(MedQaServices services) : IHtmlContent
{
    /// <inheritdoc/>
    [RendersMedicalDisclaimer]
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var shown = services.Context.Disclaimers;
        if (shown.Count == 0)
        {
            services.Renderer.RenderDisclaimer(services.Options.DefaultDisclaimer, writer);
            return;
        }

        foreach (var disclaimer in shown)
        {
            services.Renderer.RenderDisclaimer(disclaimer, writer);
        }
    }
}
