using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages;

/// <summary>The page for a status code without a body, such as 404 for an unknown question (re-executed by the status code pages middleware).</summary>
public sealed class StatusModel : PageModel
{
    /// <summary>The page's heading.</summary>
    public string Title { get; private set; } = "";

    /// <summary>What the visitor can do.</summary>
    public string Message { get; private set; } = "";

    /// <summary>Describes the code; keeps the original status when re-executed, else answers with it.</summary>
    public void OnGet(int code)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        }

        (Title, Message) = Response.StatusCode == StatusCodes.Status404NotFound
            ? ("Page not found", "There is no question at this address. It may have been moved or removed.")
            : ("Something went wrong", "We could not show this page. Please try again later.");
    }
}
