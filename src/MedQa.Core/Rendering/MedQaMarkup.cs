namespace MedQa.Rendering;

/// <summary>
/// The marker attributes <see cref="MedQaHtmlRenderer"/> puts on the elements that matter for compliance, so that a
/// page's HTML can be checked for them at run time (MedQa.AspNetCore's disclaimer guard scans responses for them).
/// </summary>
/// <remarks>
/// Each marker contains quotation marks, which every <see cref="System.Text.Encodings.Web.HtmlEncoder"/> escapes in
/// text, so no question, answer or label can forge one: the markers in rendered HTML come from the renderer alone.
/// </remarks>
public static class MedQaMarkup
{
    /// <summary>The attribute on every answer's <c>article</c>: <c>data-medqa="answer"</c>.</summary>
    public const string AnswerAttribute = "data-medqa=\"answer\"";

    /// <summary>The attribute on the disclaimer's <c>aside</c>: <c>data-medqa="disclaimer"</c>.</summary>
    public const string DisclaimerAttribute = "data-medqa=\"disclaimer\"";

    /// <summary>
    /// The attributes on the root element of every fragment, unless <see cref="RenderOptions.PreventClientTemplates"/>
    /// is off: <c>ng-non-bindable</c> (AngularJS) and <c>v-pre</c> (Vue), which make those template engines, when the
    /// host page runs one, leave the subtree alone, so <c>{{…}}</c> in data stays text instead of being evaluated.
    /// </summary>
    public const string NonBindableAttributes = "ng-non-bindable v-pre";
}
