using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace MedQa.EntityFrameworkCore;

/// <summary>Asking, answering and moderation.</summary>
public sealed partial class MedQaStore
{
    /// <summary>Stores a new question under a slug made from its title (with a random suffix, so two equal titles never clash).</summary>
    /// <param name="title">The title; validated by <see cref="Question"/>.</param>
    /// <param name="body">The details, if any.</param>
    /// <param name="topic">The topic, if any.</param>
    /// <param name="askedBy">The asking account's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="askedBy"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is blank or too long (the exception names it).</exception>
    public async Task<Question> AskAsync(string title, string? body, string? topic, string askedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(askedBy);
        var question = new Question(Slugs.From(title, RandomSuffix()), title, body, topic, _clock.GetUtcNow());
        _db.Questions.Add(QuestionRecord.From(question, MedicalDisclaimer.Standard, askedBy));
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return question;
    }

    /// <summary>Stores a physician's answer to a question, pending review: it is not shown until published.</summary>
    /// <param name="questionId">The question's slug.</param>
    /// <param name="physicianId">The author's physician id (a stored physician).</param>
    /// <param name="headline">The headline, if any.</param>
    /// <param name="body">The answer's text; validated by <see cref="Answer"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored answer's row.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="headline"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is blank or too long (the exception names it).</exception>
    /// <exception cref="KeyNotFoundException">The question or the physician is not stored.</exception>
    public async Task<AnswerRecord> SubmitAnswerAsync(string questionId, string physicianId, string? headline, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        ArgumentNullException.ThrowIfNull(physicianId);
        ArgumentNullException.ThrowIfNull(body);
        if (!await _db.Questions.AnyAsync(question => question.Id == questionId, cancellationToken))
        {
            throw new KeyNotFoundException($"No question has the slug '{Slugs.Echo(questionId)}'.");
        }

        var author = await _db.Physicians.AsNoTracking().FirstOrDefaultAsync(physician => physician.Id == physicianId, cancellationToken)
            ?? throw new KeyNotFoundException($"No physician has the id '{Slugs.Echo(physicianId)}'.");
        var answer = new Answer("a-" + RandomSuffix(), body, headline, author.ToPhysician(), _clock.GetUtcNow());
        var position = await _db.Answers.Where(row => row.QuestionId == questionId).Select(row => (int?)row.Position).MaxAsync(cancellationToken) ?? -1;
        var record = AnswerRecord.From(questionId, answer, AnswerStatus.PendingReview, position + 1);
        _db.Answers.Add(record);
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return record;
    }

    /// <summary>The answers waiting for review, oldest first, with their authors.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>At most 200 answers.</returns>
    public async Task<IReadOnlyList<AnswerRecord>> PendingReviewAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _db.Answers.AsNoTracking()
            .Include(answer => answer.Author)
            .Where(answer => answer.Status == AnswerStatus.PendingReview)
            .OrderBy(answer => answer.QuestionId).ThenBy(answer => answer.Position)
            .Take(QaThreadLimits.MaxQueue)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(answer => answer.PostedAt)];
    }

    /// <summary>Publishes an answer pending review (or hidden, to restore it).</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException"><see cref="AnswerLifecycle"/> forbids the move (a draft, already published, or removed); the message names the state.</exception>
    public Task PublishAsync(string answerId, CancellationToken cancellationToken = default)
        => MoveAsync(answerId, AnswerStatus.Published, null, cancellationToken);

    /// <summary>Hides an answer pending review or published, with the reason shown to its author and moderators.</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="reason">Why: 1 to <see cref="AnswerRecord.MaxReasonLength"/> characters.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> is null.</exception>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException"><see cref="AnswerLifecycle"/> forbids the move (a draft, already hidden, or removed); the message names the state.</exception>
    public Task HideAsync(string answerId, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > AnswerRecord.MaxReasonLength)
        {
            throw new ArgumentException($"A reason is required: 1 to {AnswerRecord.MaxReasonLength} characters.", nameof(reason));
        }

        return MoveAsync(answerId, AnswerStatus.Hidden, reason.Trim(), cancellationToken);
    }

    /// <summary>
    /// Replaces the text of an answer by its author and records when (<see cref="AnswerRecord.EditedAt"/>): votes cast
    /// on it before the edit are unlocked again (<see cref="VoteRules.LockWindow"/>). The answer keeps its status.
    /// </summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="physicianId">The editing physician: the answer's author.</param>
    /// <param name="headline">The new headline, if any.</param>
    /// <param name="body">The new text; validated by <see cref="Answer"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>When the edit was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/>, <paramref name="physicianId"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is blank or too long (the exception names it).</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException">The physician is not the author, or the answer is removed.</exception>
    public async Task<DateTimeOffset> EditAnswerAsync(string answerId, string physicianId, string? headline, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        ArgumentNullException.ThrowIfNull(physicianId);
        ArgumentNullException.ThrowIfNull(body);
        var row = await _db.Answers.AsNoTracking().FirstOrDefaultAsync(answer => answer.Id == answerId, cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        if (row.AuthorId != physicianId)
        {
            throw new InvalidOperationException("Only the author of an answer can edit it.");
        }

        if (row.Status == AnswerStatus.Removed)
        {
            throw new InvalidOperationException($"The answer '{Slugs.Echo(answerId)}' is Removed; it cannot be edited.");
        }

        var now = _clock.GetUtcNow();
        var edited = new Answer(answerId, body, headline, postedAt: row.PostedAt, lastEditedAt: row.PostedAt > now ? row.PostedAt : now);
        await _db.Answers.Where(answer => answer.Id == answerId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(answer => answer.Body, edited.Body)
                .SetProperty(answer => answer.Headline, edited.Headline)
                .SetProperty(answer => answer.EditedAt, edited.LastEditedAt),
            cancellationToken);
        return edited.LastEditedAt!.Value;
    }

    private async Task MoveAsync(string answerId, AnswerStatus target, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        var status = await _db.Answers.Where(answer => answer.Id == answerId).Select(answer => (AnswerStatus?)answer.Status).FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");

        // MedQa's lifecycle decides; the update is conditional on the status read, so two moderators acting at once
        // cannot both move the same answer (the second sees the new status and is refused).
        AnswerLifecycle.EnsureCanMove(status, target);
        var moved = await _db.Answers.Where(answer => answer.Id == answerId && answer.Status == status)
            .ExecuteUpdateAsync(setters => setters.SetProperty(answer => answer.Status, target).SetProperty(answer => answer.HiddenReason, reason), cancellationToken);
        if (moved == 0)
        {
            var now = await _db.Answers.Where(answer => answer.Id == answerId).Select(answer => answer.Status).FirstAsync(cancellationToken);
            AnswerLifecycle.EnsureCanMove(now, target);
            throw new InvalidOperationException($"The answer '{Slugs.Echo(answerId)}' changed while it was being moved; try again.");
        }
    }

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
