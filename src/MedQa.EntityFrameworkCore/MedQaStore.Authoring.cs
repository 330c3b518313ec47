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
        var record = AnswerRecord.From(questionId, answer, StoredAnswerState.PendingReview, position + 1);
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
            .Where(answer => answer.State == StoredAnswerState.PendingReview)
            .OrderBy(answer => answer.QuestionId).ThenBy(answer => answer.Position)
            .Take(QaThreadLimits.MaxQueue)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(answer => answer.PostedAt)];
    }

    /// <summary>Publishes an answer pending review (or hidden, to restore it).</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException">The answer is a draft, already published or removed (the message names its state).</exception>
    public Task PublishAsync(string answerId, CancellationToken cancellationToken = default)
        => MoveAsync(answerId, StoredAnswerState.Published, null, cancellationToken, StoredAnswerState.PendingReview, StoredAnswerState.Hidden);

    /// <summary>Hides an answer pending review or published, with the reason shown to its author and moderators.</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="reason">Why: 1 to <see cref="AnswerRecord.MaxReasonLength"/> characters.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException">The answer is a draft, already hidden or removed (the message names its state).</exception>
    public Task HideAsync(string answerId, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > AnswerRecord.MaxReasonLength)
        {
            throw new ArgumentException($"A reason is required: 1 to {AnswerRecord.MaxReasonLength} characters.", nameof(reason));
        }

        return MoveAsync(answerId, StoredAnswerState.Hidden, reason.Trim(), cancellationToken, StoredAnswerState.PendingReview, StoredAnswerState.Published);
    }

    private async Task MoveAsync(string answerId, StoredAnswerState target, string? reason, CancellationToken cancellationToken, params StoredAnswerState[] from)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        var state = await _db.Answers.Where(answer => answer.Id == answerId).Select(answer => (StoredAnswerState?)answer.State).FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");

        // Conditional on the state read: two moderators acting at once cannot both move the same answer.
        var moved = from.Contains(state)
            ? await _db.Answers.Where(answer => answer.Id == answerId && answer.State == state)
                .ExecuteUpdateAsync(setters => setters.SetProperty(answer => answer.State, target).SetProperty(answer => answer.HiddenReason, reason), cancellationToken)
            : 0;
        if (moved == 0)
        {
            throw new InvalidOperationException(
                $"The answer '{Slugs.Echo(answerId)}' is {state}; only an answer that is {string.Join(" or ", from)} can become {target}.");
        }
    }

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
