using MedQa.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages;

/// <summary>The questions list: every question, newest first, with its published answer count.</summary>
public sealed class IndexModel(ThreadStore store) : PageModel
{
    /// <summary>Whether the data is usable.</summary>
    public bool IsAvailable { get; private set; }

    /// <summary>The questions.</summary>
    public IReadOnlyList<QuestionSummary> Questions { get; private set; } = [];

    /// <summary>Lists the questions; 503 when the data is unavailable.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsAvailable = store.IsAvailable;
        Questions = await store.ListAsync(cancellationToken);
        if (!IsAvailable)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
