using Microsoft.EntityFrameworkCore;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// Reads and writes MedQa's rows through a <see cref="MedQaDbContext"/>: threads come back as MedQa's validated,
/// immutable <see cref="QaThread"/>; answers go through review (MedQa's <see cref="AnswerStatus"/> and <see cref="AnswerLifecycle"/>); votes are rows
/// (<see cref="CastVoteAsync"/>). One instance per unit of work (register it scoped, like the context).
/// </summary>
public sealed partial class MedQaStore
{
    /// <summary>The most questions <see cref="ListQuestionsAsync"/> returns.</summary>
    public const int MaxListedQuestions = 500;

    private readonly MedQaDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">The clock for posting and voting times; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="db"/> is null.</exception>
    public MedQaStore(MedQaDbContext db, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Stores a thread (its question, physicians and answers, each in its own status) unless its question is stored already.</summary>
    /// <param name="thread">The thread, such as the seed thread read from the wire format.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when the thread was stored, false when its question already was.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    public async Task<bool> SeedAsync(QaThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (await _db.Questions.AnyAsync(question => question.Id == thread.Question.Id, cancellationToken))
        {
            return false;
        }

        _db.Questions.Add(QuestionRecord.From(thread.Question, thread.Disclaimer, lastReviewed: thread.LastReviewed, reviewedById: thread.ReviewedBy?.Id));
        foreach (var author in thread.Answers.Select(answer => answer.Author).Append(thread.ReviewedBy).OfType<Physician>().DistinctBy(physician => physician.Id))
        {
            if (!await _db.Physicians.AnyAsync(physician => physician.Id == author.Id, cancellationToken))
            {
                _db.Physicians.Add(PhysicianRecord.From(author));
            }
        }

        for (var position = 0; position < thread.Answers.Length; position++)
        {
            _db.Answers.Add(AnswerRecord.From(thread.Question.Id, thread.Answers[position], thread.Answers[position].Status, position));
        }

        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Stores a physician, replacing the stored one with the same id.</summary>
    /// <param name="physician">The physician.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="physician"/> is null.</exception>
    public async Task SavePhysicianAsync(Physician physician, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(physician);
        var record = PhysicianRecord.From(physician);
        var stored = await _db.Physicians.FirstOrDefaultAsync(row => row.Id == physician.Id, cancellationToken);
        if (stored is null)
        {
            _db.Physicians.Add(record);
        }
        else
        {
            // Updated in place (answers and reviews keep pointing at it); the owned lists are replaced whole.
            _db.Entry(stored).CurrentValues.SetValues(record);
            stored.BoardCertifications = record.BoardCertifications;
            stored.Licences = record.Licences;
        }

        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
    }

    /// <summary>The questions, newest first (undated ones last, by title), with their published answer counts.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>At most <see cref="MaxListedQuestions"/> questions.</returns>
    public async Task<IReadOnlyList<QuestionSummary>> ListQuestionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _db.Questions.AsNoTracking()
            .OrderBy(question => question.Id)
            .Take(MaxListedQuestions)
            .Select(question => new QuestionSummary(
                question.Id,
                question.Title,
                question.Topic,
                question.AskedAt,
                question.Answers.Count(answer => answer.Status == AnswerStatus.Published)))
            .ToListAsync(cancellationToken);

        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        return [.. rows.OrderByDescending(row => row.AskedAt.HasValue).ThenByDescending(row => row.AskedAt).ThenBy(row => row.Title, StringComparer.Ordinal)];
    }

    /// <summary>A thread with its published answers only, in the site's order, with their current tallies.</summary>
    /// <param name="slug">The question's slug.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The thread, or null when no question has the slug (exactly, or in lower case).</returns>
    /// <exception cref="ArgumentException">A stored row holds a value MedQa rejects (edited outside MedQa).</exception>
    public async Task<QaThread?> FindThreadAsync(string? slug, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        // Slugs are lower case (as AskAsync makes them): a link typed in another case still finds its question.
        var lower = slug.ToLowerInvariant();
        var question = await _db.Questions.AsNoTracking().FirstOrDefaultAsync(row => row.Id == slug, cancellationToken)
            ?? (lower == slug ? null : await _db.Questions.AsNoTracking().FirstOrDefaultAsync(row => row.Id == lower, cancellationToken));
        if (question is null)
        {
            return null;
        }

        var answers = await _db.Answers.AsNoTracking()
            .Include(answer => answer.Author)
            .Where(answer => answer.QuestionId == question.Id && answer.Status == AnswerStatus.Published)
            .OrderBy(answer => answer.Position)
            .Take(QaThreadLimits.MaxAnswers)
            .ToListAsync(cancellationToken);
        var reviewer = question.ReviewedById is null
            ? null
            : await _db.Physicians.AsNoTracking().FirstOrDefaultAsync(physician => physician.Id == question.ReviewedById, cancellationToken);
        return new QaThread(question.ToQuestion(), answers.Select(answer => answer.ToAnswer()), question.Disclaimer.ToDisclaimer(), question.LastReviewed, reviewer?.ToPhysician());
    }

    /// <summary>A physician and their published answers.</summary>
    /// <param name="physicianId">The physician's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The profile, or null when no physician has the id.</returns>
    public async Task<PhysicianProfile?> FindPhysicianAsync(string? physicianId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(physicianId))
        {
            return null;
        }

        var physician = await _db.Physicians.AsNoTracking().FirstOrDefaultAsync(row => row.Id == physicianId, cancellationToken);
        if (physician is null)
        {
            return null;
        }

        var answers = await _db.Answers.AsNoTracking()
            .Where(answer => answer.AuthorId == physicianId && answer.Status == AnswerStatus.Published)
            .Join(_db.Questions, answer => answer.QuestionId, question => question.Id, (answer, question) => new { answer, question.Title })
            .OrderBy(row => row.answer.QuestionId).ThenBy(row => row.answer.Position)
            .Take(QaThreadLimits.MaxAnswers)
            .ToListAsync(cancellationToken);
        var author = physician.ToPhysician();
        return new PhysicianProfile(
            author,
            [.. answers.Select(row => new ProfileAnswer(row.answer.QuestionId, row.Title, new Answer(row.answer.Id, row.answer.Body, row.answer.Headline, author, row.answer.PostedAt, row.answer.ToTally())))]);
    }
}
