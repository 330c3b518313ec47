using MedQa.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Moderation;

/// <summary>The answers waiting for review, each published or hidden with a reason (moderators only: Program.cs).</summary>
public sealed class ModerationModel(MedQaStore store) : PageModel
{
    /// <summary>The queue.</summary>
    public IReadOnlyList<AnswerRecord> Pending { get; private set; } = [];

    /// <summary>A message after a post (shown once).</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the queue.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Pending = await store.PendingReviewAsync(cancellationToken);

    /// <summary>Publishes an answer.</summary>
    public Task<IActionResult> OnPostPublishAsync(string? answerId, CancellationToken cancellationToken)
        => ActAsync(answerId, () => store.PublishAsync(answerId!, cancellationToken), "The answer is published.", cancellationToken);

    /// <summary>Hides an answer with a reason.</summary>
    public Task<IActionResult> OnPostHideAsync(string? answerId, string? reason, CancellationToken cancellationToken)
        => ActAsync(answerId, () => store.HideAsync(answerId!, reason ?? "", cancellationToken), "The answer is hidden.", cancellationToken);

    private async Task<IActionResult> ActAsync(string? answerId, Func<Task> action, string done, CancellationToken cancellationToken)
    {
        try
        {
            if (string.IsNullOrEmpty(answerId))
            {
                throw new KeyNotFoundException("No answer was chosen.");
            }

            await action();
            Notice = done;
            return RedirectToPage();
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            ModelState.AddModelError(string.Empty, exception is ArgumentException argument ? FormErrors.Describe(argument) : exception.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Pending = await store.PendingReviewAsync(cancellationToken);
            return Page();
        }
    }
}
