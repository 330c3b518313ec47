using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Questions;

/// <summary>One thread at <c>/questions/{slug}</c>: 404 for an unknown slug, 503 when the data file is unavailable.</summary>
public sealed class ThreadModel(ThreadStore store) : PageModel
{
    /// <summary>The thread shown, or null when the data is unavailable.</summary>
    public QaThread? Thread { get; private set; }

    /// <summary>Looks the slug up.</summary>
    public IActionResult OnGet(string slug)
    {
        var lookup = store.Find(slug);
        switch (lookup.Status)
        {
            case ThreadLookupStatus.NotFound:
                return NotFound();
            case ThreadLookupStatus.Unavailable:
                ViewData["Title"] = "Questions unavailable";
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Page();
            default:
                Thread = lookup.Thread!;
                ViewData["Title"] = Thread.Question.Title;
                return Page();
        }
    }
}
