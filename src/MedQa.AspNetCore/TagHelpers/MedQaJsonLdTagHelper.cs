using MedQa.Serialization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedQa.AspNetCore.TagHelpers;

/// <summary>
/// <c>&lt;medqa-jsonld thread="@Model.Thread" /&gt;</c>: the thread's schema.org structured data (a QAPage) as a
/// <c>&lt;script type="application/ld+json"&gt;</c> element, for the page's <c>&lt;head&gt;</c>. Every <c>&lt;</c> in the
/// data is escaped, so the JSON cannot close the element.
/// </summary>
/// <remarks>Not visible content: it needs no disclaimer and records nothing.</remarks>
[HtmlTargetElement("medqa-jsonld", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MedQaJsonLdTagHelper : TagHelper
{
    /// <summary>The thread to describe (attribute <c>thread</c>); required.</summary>
    [HtmlAttributeName("thread")]
    public QaThread? Thread { get; set; }

    /// <summary>
    /// The page's canonical address (attribute <c>page-url</c>), from which each answer's <c>url</c> is made; the
    /// request's address without its query string when not set.
    /// </summary>
    [HtmlAttributeName("page-url")]
    public Uri? PageUrl { get; set; }

    /// <summary>The page's context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <summary>Replaces the tag with the script element.</summary>
    /// <param name="context">The tag's context.</param>
    /// <param name="output">The tag's output.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The <c>thread</c> attribute is missing or null.</exception>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var thread = TagHelperInput.RequireThread(Thread, "medqa-jsonld");
        var options = new JsonLdOptions { PageUrl = PageUrl ?? RequestUrl(ViewContext?.HttpContext?.Request) };
        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        // As HTML, so that the '+' of "application/ld+json" is not written as a character reference.
        output.Attributes.SetAttribute("type", new HtmlString(SchemaOrgJsonLd.MediaType));
        // The generator escapes '<' as \u003c: the JSON is safe as raw script content.
        output.Content.SetHtmlContent(SchemaOrgJsonLd.Generate(thread, options));
    }

    private static Uri? RequestUrl(HttpRequest? request)
        => request is null || !request.Host.HasValue
            ? null
            : new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path));
}
