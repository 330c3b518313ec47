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
}
