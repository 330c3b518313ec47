using System.Text.Encodings.Web;
using MedQa.AspNetCore.Internal;
using MedQa.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedQa.AspNetCore.TagHelpers;

/// <summary>
/// <c>&lt;medqa-thread thread="@Model.Thread" /&gt;</c>: the question, the ranked answers and the thread's medical
/// disclaimer, written straight into the page (no intermediate string) with the renderer configured by
/// <c>AddMedQa</c>. The tag itself is replaced by the markup.
/// </summary>
/// <remarks>Records the thread in <see cref="MedQaRequestContext"/>, so the layout's <c>&lt;medqa-disclaimer /&gt;</c> agrees with it.</remarks>
[HtmlTargetElement("medqa-thread")]
[RendersMedicalDisclaimer]
public sealed class MedQaThreadTagHelper : TagHelper, IHtmlContent
{
    // What Process found, written when the page is written. The tag helper is its own IHtmlContent: Razor creates one
    // instance per use of the tag anyway, so writing the markup allocates nothing more (no adapter, no string).
    private MedQaHtmlRenderer? _renderer;
    private QaThread? _shown;

    /// <summary>The thread to show (attribute <c>thread</c>); required.</summary>
    [HtmlAttributeName("thread")]
    public QaThread? Thread { get; set; }

    /// <summary>The page's context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <summary>Replaces the tag with the thread's HTML.</summary>
    /// <param name="context">The tag's context.</param>
    /// <param name="output">The tag's output.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The <c>thread</c> attribute is missing or null, or AddMedQa was not called.</exception>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var thread = TagHelperInput.RequireThread(Thread, "medqa-thread");
        var services = MedQaServices.From(ViewContext?.HttpContext?.RequestServices, "<medqa-thread>");
        services.Context.Record(thread);
        output.TagName = null;
        _renderer = services.Renderer;
        _shown = thread;
        output.Content.SetHtmlContent(this);
    }

    /// <inheritdoc/>
    /// <remarks>Writes the thread that <see cref="Process"/> was given, with the renderer's own encoder; nothing before Process.</remarks>
    void IHtmlContent.WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (_renderer is not null && _shown is not null)
        {
            _renderer.Render(_shown, writer);
        }
    }
}
