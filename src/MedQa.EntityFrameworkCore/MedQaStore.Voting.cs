using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MedQa.EntityFrameworkCore;

/// <summary>Votes: one current row per (answer, voter), counters moved by relative updates, an event per change.</summary>
public sealed partial class MedQaStore
{
    /// <summary>How often a vote is retried when a concurrent vote by the same voter (or a deadlock) gets in its way.</summary>
    public const int MaxVoteAttempts = 25;

    /// <summary>
    /// Casts, changes or retracts (<see cref="VoteChoice.None"/>) a voter's vote on a published answer. Casting the
    /// same vote twice changes nothing. Safe under any concurrency, across app instances sharing one database: the
    /// vote row changes only if it still holds the vote read (else the whole transaction is retried), and the
    /// answer's counters move by relative updates (<c>SET UpVotes = UpVotes + 1</c>) in the same transaction, so no
    /// update is lost.
    /// </summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="voterId">The voter's account id.</param>
    /// <param name="choice">The vote.</param>
    /// <param name="voterPhysicianId">The voter's physician id when the voter is a physician: nobody votes on their own answer.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The vote before and after, and the tally after.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> or <paramref name="voterId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException">The answer is not published, or is the voter's own.</exception>
    public async Task<VoteResult> CastVoteAsync(string answerId, string voterId, VoteChoice choice, string? voterPhysicianId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        ArgumentNullException.ThrowIfNull(voterId);
        if (!Enum.IsDefined(choice))
        {
            throw new ArgumentOutOfRangeException(nameof(choice), choice, "A vote is Helpful, Unhelpful or None.");
        }

        if (voterId.Length is 0 or > QuestionRecord.MaxKeyLength)
        {
            throw new ArgumentException($"A voter id is 1 to {QuestionRecord.MaxKeyLength} characters.", nameof(voterId));
        }

        for (var attempt = 1; ; attempt++)
        {
            _db.ChangeTracker.Clear();
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await TryCastAsync(answerId, voterId, choice, voterPhysicianId, cancellationToken);
                if (result is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return result;
                }
            }
            catch (Exception exception) when (exception is DbUpdateException or DbException && attempt < MaxVoteAttempts)
            {
                // A concurrent first vote by the same voter (unique key), a deadlock or a serialization failure: retry.
            }

            await transaction.RollbackAsync(CancellationToken.None);
            if (attempt >= MaxVoteAttempts)
            {
                throw new InvalidOperationException($"The vote on '{Slugs.Echo(answerId)}' kept conflicting with concurrent votes by the same voter; try again.");
            }
        }
    }

    /// <summary>The voter's current votes on the answers of a question.</summary>
    /// <param name="questionId">The question's slug.</param>
    /// <param name="voterId">The voter's account id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The votes by answer id; answers without a vote are absent.</returns>
    public async Task<IReadOnlyDictionary<string, VoteChoice>> VotesOfAsync(string questionId, string voterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        ArgumentNullException.ThrowIfNull(voterId);
        return await _db.Votes.AsNoTracking()
            .Where(vote => vote.VoterId == voterId)
            .Join(_db.Answers.Where(answer => answer.QuestionId == questionId), vote => vote.AnswerId, answer => answer.Id, (vote, _) => vote)
            .Take(QaThreadLimits.MaxAnswers)
            .ToDictionaryAsync(vote => vote.AnswerId, vote => vote.Choice, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Checks an answer's counters against its vote rows and its replayed vote events.</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The three tallies.</returns>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    public async Task<LedgerCheck> CheckLedgerAsync(string answerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        var answer = await _db.Answers.AsNoTracking().FirstOrDefaultAsync(row => row.Id == answerId, cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        var votes = _db.Votes.Where(vote => vote.AnswerId == answerId);
        var up = await votes.LongCountAsync(vote => vote.Choice == VoteChoice.Helpful, cancellationToken);
        var down = await votes.LongCountAsync(vote => vote.Choice == VoteChoice.Unhelpful, cancellationToken);
        var events = _db.VoteEvents.Where(change => change.AnswerId == answerId);
        var count = await events.LongCountAsync(cancellationToken);
        var upDelta = await events.SumAsync(change => (long)(change.To == VoteChoice.Helpful ? 1 : 0) - (change.From == VoteChoice.Helpful ? 1 : 0), cancellationToken);
        var downDelta = await events.SumAsync(change => (long)(change.To == VoteChoice.Unhelpful ? 1 : 0) - (change.From == VoteChoice.Unhelpful ? 1 : 0), cancellationToken);
        return new LedgerCheck(
            answer.ToTally(),
            new VoteTally(answer.ImportedUpVotes + up, answer.ImportedDownVotes + down),
            new VoteTally(answer.ImportedUpVotes + upDelta, answer.ImportedDownVotes + downDelta),
            count);
    }

    // Null when the vote row changed between the read and the write: the caller rolls back and retries.
    private async Task<VoteResult?> TryCastAsync(string answerId, string voterId, VoteChoice choice, string? voterPhysicianId, CancellationToken cancellationToken)
    {
        var answer = await _db.Answers.AsNoTracking()
            .Where(row => row.Id == answerId)
            .Select(row => new { row.State, row.AuthorId })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        if (answer.State != StoredAnswerState.Published)
        {
            throw new InvalidOperationException($"The answer '{Slugs.Echo(answerId)}' is {answer.State}; only published answers take votes.");
        }

        if (voterPhysicianId is not null && answer.AuthorId == voterPhysicianId)
        {
            throw new InvalidOperationException("A physician cannot vote on their own answer.");
        }

        var mine = _db.Votes.Where(vote => vote.AnswerId == answerId && vote.VoterId == voterId);
        var previous = await mine.Select(vote => (VoteChoice?)vote.Choice).FirstOrDefaultAsync(cancellationToken) ?? VoteChoice.None;
        if (previous == choice)
        {
            return new VoteResult(previous, choice, await TallyAsync(answerId, cancellationToken));
        }

        var now = _clock.GetUtcNow();
        if (previous == VoteChoice.None)
        {
            // A concurrent first vote by the same voter violates the key: SaveChanges throws and the caller retries.
            _db.Votes.Add(new VoteRecord { AnswerId = answerId, VoterId = voterId, Choice = choice, CastAt = now });
            await _db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            var current = mine.Where(vote => vote.Choice == previous);
            var written = choice == VoteChoice.None
                ? await current.ExecuteDeleteAsync(cancellationToken)
                : await current.ExecuteUpdateAsync(setters => setters.SetProperty(vote => vote.Choice, choice).SetProperty(vote => vote.CastAt, now), cancellationToken);
            if (written == 0)
            {
                return null;
            }
        }

        var upDelta = (choice == VoteChoice.Helpful ? 1 : 0) - (previous == VoteChoice.Helpful ? 1 : 0);
        var downDelta = (choice == VoteChoice.Unhelpful ? 1 : 0) - (previous == VoteChoice.Unhelpful ? 1 : 0);
        await _db.Answers.Where(row => row.Id == answerId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(row => row.UpVotes, row => row.UpVotes + upDelta)
                .SetProperty(row => row.DownVotes, row => row.DownVotes + downDelta),
            cancellationToken);
        _db.VoteEvents.Add(new VoteEventRecord { AnswerId = answerId, VoterId = voterId, From = previous, To = choice, At = now });
        await _db.SaveChangesAsync(cancellationToken);
        return new VoteResult(previous, choice, await TallyAsync(answerId, cancellationToken));
    }

    private async Task<VoteTally> TallyAsync(string answerId, CancellationToken cancellationToken)
    {
        var counters = await _db.Answers.AsNoTracking().Where(row => row.Id == answerId)
            .Select(row => new { row.UpVotes, row.DownVotes }).FirstAsync(cancellationToken);
        return new VoteTally(counters.UpVotes, counters.DownVotes);
    }
}
