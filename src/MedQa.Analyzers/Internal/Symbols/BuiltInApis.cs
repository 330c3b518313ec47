namespace MedQa.Analyzers.Internal;

/// <summary>
/// The framework APIs MEDQA001 knows, as documentation ids (resolved by <see cref="SymbolSet"/>, like the user's
/// <c>additional_sinks</c>). An id without a parameter list names every overload of that exact method name.
/// </summary>
internal static class BuiltInApis
{
    /// <summary>Output sinks: what is passed to them reaches the response (or the console).</summary>
    public static readonly string[] Sinks =
    [
        "M:System.IO.TextWriter.Write",
        "M:System.IO.TextWriter.WriteLine",
        "M:System.IO.TextWriter.WriteAsync",
        "M:System.IO.TextWriter.WriteLineAsync",
        "M:System.Console.Write",
        "M:System.Console.WriteLine",
        "M:Microsoft.AspNetCore.Html.IHtmlContentBuilder.Append",
        "M:Microsoft.AspNetCore.Html.IHtmlContentBuilder.AppendHtml",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilder.Append",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilder.AppendHtml",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilderExtensions.AppendFormat",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilderExtensions.AppendHtmlLine",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilderExtensions.AppendLine",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilderExtensions.SetContent",
        "M:Microsoft.AspNetCore.Html.HtmlContentBuilderExtensions.SetHtmlContent",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.Append",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.AppendHtml",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.AppendFormat",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.AppendHtmlLine",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.AppendLine",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.SetContent",
        "M:Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent.SetHtmlContent",
        "M:Microsoft.AspNetCore.Mvc.Razor.RazorPageBase.Write",
        "M:Microsoft.AspNetCore.Mvc.Razor.RazorPageBase.WriteLiteral",
        "M:Microsoft.AspNetCore.Mvc.Razor.RazorPageBase.WriteAttributeValue",
        "M:Microsoft.AspNetCore.Mvc.Razor.RazorPageBase.BeginWriteAttribute",
        "M:Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder.AddContent",
        "M:Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder.AddMarkupContent",
        "M:Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder.AddAttribute",
        "M:Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync",
        "M:Microsoft.AspNetCore.Http.Results.Content",
        "M:Microsoft.AspNetCore.Http.Results.Text",
        "M:Microsoft.AspNetCore.Http.TypedResults.Content",
        "M:Microsoft.AspNetCore.Http.TypedResults.Text",
        "M:Microsoft.AspNetCore.Mvc.ControllerBase.Content",
        "M:Microsoft.AspNetCore.Mvc.RazorPages.PageModel.Content",
        "M:Microsoft.AspNetCore.Mvc.ViewComponent.Content",
    ];

    /// <summary>JSON serializers, excluded by default: an API returns data, not a page.</summary>
    public static readonly string[] DefaultExcluded =
    [
        "T:System.Text.Json.JsonSerializer",
        "T:Newtonsoft.Json.JsonConvert",
        "T:Microsoft.AspNetCore.Mvc.Rendering.IJsonHelper",
        "T:Microsoft.AspNetCore.Http.HttpResponseJsonExtensions",
    ];

    /// <summary>
    /// HTML helpers that show a model member's name, id or validation message, not its value
    /// (<c>@Html.DisplayNameFor(m => m.Body)</c> in a scaffolded table header): their result is never content.
    /// </summary>
    public static readonly string[] MemberNames =
    [
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper`1.DisplayNameFor",
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper`1.DisplayNameForInnerType",
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper`1.IdFor",
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper`1.NameFor",
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper`1.LabelFor",
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper`1.ValidationMessageFor",
        "M:Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperLabelExtensions.LabelFor",
        "M:Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperValidationExtensions.ValidationMessageFor",
    ];

    /// <summary>Render a partial view by name (the first constant string argument).</summary>
    public static readonly string[] Partials =
    [
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper.PartialAsync",
        "M:Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper.RenderPartialAsync",
        "M:Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperPartialExtensions.Partial",
        "M:Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperPartialExtensions.PartialAsync",
        "M:Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperPartialExtensions.RenderPartial",
        "M:Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperPartialExtensions.RenderPartialAsync",
    ];

    /// <summary>Invoke a view component by name or type.</summary>
    public static readonly string[] ViewComponentInvokes =
    [
        "M:Microsoft.AspNetCore.Mvc.IViewComponentHelper.InvokeAsync",
        "M:Microsoft.AspNetCore.Mvc.Rendering.ViewComponentHelperExtensions.InvokeAsync",
        "M:Microsoft.AspNetCore.Mvc.Controller.ViewComponent",
    ];

    /// <summary>A view component returning its view: <c>View()</c>, <c>View(model)</c>, <c>View("name", model)</c>.</summary>
    public static readonly string[] ComponentViews = ["M:Microsoft.AspNetCore.Mvc.ViewComponent.View"];

    /// <summary>A controller or page returning a view: <c>View()</c>, <c>View("name")</c>.</summary>
    public static readonly string[] Views = ["M:Microsoft.AspNetCore.Mvc.Controller.View"];

    /// <summary>A controller returning a partial view (rendered as a partial: no <c>_ViewStart</c>).</summary>
    public static readonly string[] PartialViews = ["M:Microsoft.AspNetCore.Mvc.Controller.PartialView"];

    /// <summary>Minimal-API endpoint registrations: their delegate is a handler, a response of its own.</summary>
    public static readonly string[] EndpointMaps =
    [
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.Map",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapPost",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapPut",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapDelete",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapPatch",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapMethods",
        "M:Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapFallback",
    ];
}
