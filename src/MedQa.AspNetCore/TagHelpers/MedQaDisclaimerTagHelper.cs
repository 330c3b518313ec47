using MedQa.AspNetCore.Internal;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedQa.AspNetCore.TagHelpers;

/// <summary>
/// <c>&lt;medqa-disclaimer /&gt;</c>: the medical disclaimer of the thread(s) this request showed (through
/// <c>&lt;medqa-thread&gt;</c>, <c>&lt;medqa-answers&gt;</c> or <see cref="MedQaRequestContext.Record"/>), else
/// <see cref="MedQaOptions.DefaultDisclaimer"/>. Put it once in the layout: a UK thread's page then shows 999, a US
/// thread's 911.
/// </summary>
/// <remarks>
/// The disclaimers are looked up when the page is written, after the page and its layout have run, so the tag may sit
/// anywhere in the layout or the page. Each distinct disclaimer is rendered once.
/// </remarks>
[HtmlTargetElement("medqa-disclaimer", TagStructure = TagStructure.WithoutEndTag)]
[RendersMedicalDisclaimer]
public sealed class MedQaDisclaimerTagHelper : TagHelper
{
    /// <summary>The page's context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <summary>Replaces the tag with the disclaimer's HTML.</summary>
    /// <param name="context">The tag's context.</param>
    /// <param name="output">The tag's output.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">AddMedQa was not called.</exception>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var services = MedQaServices.From(ViewContext?.HttpContext?.RequestServices, "<medqa-disclaimer>");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(new DisclaimerHtmlContent(services));
    }
}
