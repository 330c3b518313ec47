using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages;

/// <summary>The home page: links to every question.</summary>
public sealed class IndexModel(ThreadStore store) : PageModel
{
    /// <summary>Whether the data file was loaded.</summary>
    public bool IsAvailable { get; private set; }

    /// <summary>The threads, by title.</summary>
    public IReadOnlyList<QaThread> Threads { get; private set; } = [];

    /// <summary>Lists the threads; 503 when the data file is unavailable.</summary>
    public void OnGet()
    {
        IsAvailable = store.IsAvailable;
        Threads = [.. store.All.OrderBy(thread => thread.Question.Title, StringComparer.Ordinal)];
        if (!IsAvailable)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
