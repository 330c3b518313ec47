using System.ComponentModel.DataAnnotations;
using MedQa.EntityFrameworkCore;
using MedQa.Sample.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Questions;

/// <summary>
/// One thread at <c>/questions/{slug}</c>: the published answers, a vote form per answer (signed-in visitors;
/// anonymous ones are asked to sign in) and, for physicians, the answer form. 404 for an unknown slug, 503 when the
/// data is unavailable.
/// </summary>
public sealed class ThreadModel(ThreadStore threads, MedQaStore store) : PageModel
{
    /// <summary>The thread shown, or null when the data is unavailable.</summary>
    public QaThread? Thread { get; private set; }

    /// <summary>One vote row per published answer, in the order the page ranks them (helpfulness).</summary>
    public IReadOnlyList<VoteRow> VoteRows { get; private set; } = [];

    /// <summary>The signed-in visitor's votes by answer id.</summary>
    public IReadOnlyDictionary<string, VoteChoice> MyVotes { get; private set; } = new Dictionary<string, VoteChoice>();

    /// <summary>The answer form.</summary>
    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    /// <summary>A message after a post (shown once).</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the thread.</summary>
    public Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) => ShowAsync(slug, cancellationToken);

    /// <summary>Casts, changes or retracts the visitor's vote on one answer.</summary>
    public async Task<IActionResult> OnPostVoteAsync(string slug, string? answerId, string? choice, CancellationToken cancellationToken)
    {
        if (User.UserName() is not { } voter)
        {
            return Challenge();
        }

        // By name only: "7" or "-1" is not a vote, whatever enum parsing would make of it.
        var named = choice is { Length: > 0 } && char.IsAsciiLetter(choice[0]) && Enum.TryParse<VoteChoice>(choice, ignoreCase: false, out var parsed) ? parsed : (VoteChoice?)null;
        if (string.IsNullOrEmpty(answerId) || named is not { } vote || !Enum.IsDefined(vote))
        {
            Notice = "That vote was not understood: choose Helpful, Unhelpful or Retract on an answer.";
            return RedirectToPage(new { slug });
        }

        try
        {
            var result = await store.CastVoteAsync(answerId, voter, vote, User.PhysicianId(), cancellationToken);
            Notice = result.Changed ? "Thank you: your vote is counted." : "Your vote was already counted.";
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            Notice = exception is KeyNotFoundException ? "That answer does not exist." : "You cannot vote on this answer: " + exception.Message;
        }

        return RedirectToPage(new { slug });
    }

    /// <summary>Stores a physician's answer; it waits for a moderator before anyone sees it.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(string slug, CancellationToken cancellationToken)
    {
        if (User.UserName() is null)
        {
            return Challenge();
        }

        if (User.PhysicianId() is not { } physicianId)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await store.SubmitAnswerAsync(slug, physicianId, Form.Headline, Form.Body!, cancellationToken);
                Notice = "Thank you: your answer is waiting for a moderator's review.";
                return RedirectToPage(new { slug });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (ArgumentException exception)
            {
                ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Body), FormErrors.Describe(exception));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var shown = await ShowAsync(slug, cancellationToken);
        return shown;
    }

    private async Task<IActionResult> ShowAsync(string slug, CancellationToken cancellationToken)
    {
        var lookup = await threads.FindAsync(slug, cancellationToken);
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
                if (User.UserName() is { } voter)
                {
                    MyVotes = await store.VotesOfAsync(Thread.Question.Id, voter, cancellationToken);
                }

                VoteRows = [.. Thread.RankedAnswers(AnswerOrder.Helpfulness).Select((answer, index) => new VoteRow(
                    answer.Id,
                    $"Answer {index + 1}" + (answer.Author?.DisplayName is { } name ? " by " + name : ""),
                    answer.Author?.Id,
                    answer.Votes,
                    MyVotes.GetValueOrDefault(answer.Id)))];

                return Page();
        }
    }

    /// <summary>What the vote list shows for one answer (its position and author, never its text).</summary>
    /// <param name="AnswerId">The answer's id.</param>
    /// <param name="Label">"Answer 2 by Mitchel P. Goldman, MD".</param>
    /// <param name="AuthorId">The author's profile id, if any.</param>
    /// <param name="Votes">The tally.</param>
    /// <param name="Mine">The visitor's vote.</param>
    public sealed record VoteRow(string AnswerId, string Label, string? AuthorId, VoteTally Votes, VoteChoice Mine);

    /// <summary>A physician's answer as typed.</summary>
    public sealed class AnswerForm
    {
        /// <summary>An optional headline.</summary>
        [StringLength(200, ErrorMessage = "The headline is at most 200 characters.")]
        public string? Headline { get; set; }

        /// <summary>The answer.</summary>
        [Required(ErrorMessage = "Write your answer before posting it.")]
        [StringLength(20_000, ErrorMessage = "The answer is at most 20,000 characters.")]
        public string? Body { get; set; }
    }
}
