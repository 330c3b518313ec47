using System.ComponentModel.DataAnnotations;
using MedQa.EntityFrameworkCore;
using MedQa.Sample.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Questions;

/// <summary>
/// One thread at <c>/questions/{slug}</c>: the published answers, a vote form per answer (signed-in visitors;
/// anonymous ones are asked to sign in) and, for physicians, the answer form and an edit form on their own answers.
/// Votes are decided by MedQa's <see cref="VoteRules"/> (through <see cref="MedQaStore.CastVoteAsync"/>) at the site's
/// <see cref="TimeProvider"/>. 404 for an unknown slug, 503 when the data is unavailable.
/// </summary>
public sealed class ThreadModel(ThreadStore threads, MedQaStore store, VoteRules rules, TimeProvider clock) : PageModel
{
    /// <summary>The thread shown, or null when the data is unavailable.</summary>
    public QaThread? Thread { get; private set; }

    /// <summary>One vote row per published answer, in the order the page ranks them (helpfulness).</summary>
    public IReadOnlyList<VoteRow> VoteRows { get; private set; } = [];

    /// <summary>The rules votes are decided by.</summary>
    public VoteRules Rules => rules;

    /// <summary>The answer form.</summary>
    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    /// <summary>A message after a post (shown once).</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the thread.</summary>
    public Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) => ShowAsync(slug, cancellationToken);

    /// <summary>Asks MedQa's rules to cast, change or retract the visitor's vote on one answer, and says what they decided.</summary>
    public async Task<IActionResult> OnPostVoteAsync(string slug, string? answerId, string? choice, CancellationToken cancellationToken)
    {
        if (User.UserName() is not { } voter)
        {
            return Challenge();
        }

        // By name only: "7" or "-1" is not a vote, whatever enum parsing would make of it.
        var named = choice is { Length: > 0 } && char.IsAsciiLetter(choice[0]) && Enum.TryParse<VoteAction>(choice, ignoreCase: false, out var parsed) ? parsed : (VoteAction?)null;
        if (string.IsNullOrEmpty(answerId) || named is not { } action || !Enum.IsDefined(action))
        {
            Notice = "That vote was not understood: choose Helpful, Unhelpful or Retract on an answer.";
            return RedirectToPage(new { slug });
        }

        try
        {
            var result = await store.CastVoteAsync(answerId, voter, action, rules, User.PhysicianId(), cancellationToken);
            Notice = VoteNotices.Describe(result, action, rules);
        }
        catch (Exception exception) when (exception is KeyNotFoundException or ArgumentException)
        {
            Notice = "That answer does not exist.";
        }
        catch (InvalidOperationException exception)
        {
            Notice = "You cannot vote on this answer: " + exception.Message;
        }

        return RedirectToPage(new { slug });
    }

    /// <summary>The author's edit of their answer: it stays as it is in review, and votes cast before it are unlocked.</summary>
    public async Task<IActionResult> OnPostEditAsync(string slug, string? answerId, CancellationToken cancellationToken)
    {
        if (User.UserName() is null)
        {
            return Challenge();
        }

        if (User.PhysicianId() is not { } physicianId)
        {
            return Forbid();
        }

        if (string.IsNullOrEmpty(answerId) || !ModelState.IsValid)
        {
            Notice = "Your edit was not saved: " + (ModelState.Values.SelectMany(value => value.Errors).FirstOrDefault()?.ErrorMessage ?? "choose an answer to edit.");
            return RedirectToPage(new { slug });
        }

        try
        {
            await store.EditAnswerAsync(answerId, physicianId, Form.Headline, Form.Body!, cancellationToken);
            Notice = "Your answer is edited; votes cast on it before now can be changed again.";
        }
        catch (KeyNotFoundException)
        {
            Notice = "That answer does not exist.";
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            Notice = "Your edit was not saved: " + (exception is ArgumentException argument ? FormErrors.Describe(argument) : exception.Message);
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
                var mine = User.UserName() is { } voter
                    ? await store.VotesOfAsync(Thread.Question.Id, voter, cancellationToken)
                    : new Dictionary<string, Vote>();
                var physicianId = User.PhysicianId();
                var now = clock.GetUtcNow();
                VoteRows = [.. Thread.RankedAnswers(AnswerOrder.Helpfulness).Select((answer, index) =>
                {
                    var vote = mine.GetValueOrDefault(answer.Id);
                    return new VoteRow(
                        answer,
                        $"Answer {index + 1}" + (answer.Author?.DisplayName is { } name ? " by " + name : "")
                            + (answer.Author?.IsVerifiedAt(now) == true ? " (verified licence)" : ""),
                        vote?.Direction,
                        IsOwn: physicianId is not null && answer.Author?.Id == physicianId,
                        IsLocked: vote is not null && rules.LockWindow is { } window && now - vote.CastAt > window && !(answer.LastEditedAt > vote.CastAt));
                })];

                return Page();
        }
    }

    /// <summary>What the vote list shows for one answer (its position and author; its text only in its author's edit form).</summary>
    /// <param name="Answer">The answer.</param>
    /// <param name="Label">"Answer 2 by Mitchel P. Goldman, MD".</param>
    /// <param name="Mine">The visitor's current vote, if any.</param>
    /// <param name="IsOwn">Whether the signed-in physician wrote it: no vote buttons (the rules refuse them), an edit form instead.</param>
    /// <param name="IsLocked">Whether the visitor's vote is past the lock window and the answer not edited since.</param>
    public sealed record VoteRow(Answer Answer, string Label, VoteDirection? Mine, bool IsOwn, bool IsLocked);

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
