using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// Votes: MedQa's <see cref="VoteLedger"/> decides, rows store the result — one current row per (answer, voter),
/// counters moved by relative updates, an event per accepted change.
/// </summary>
public sealed partial class MedQaStore
{
    /// <summary>How often a vote is retried when a concurrent vote by the same voter (or a deadlock) gets in its way.</summary>
    public const int MaxVoteAttempts = 25;

    /// <summary>
    /// Asks MedQa's rules to cast, change or retract a voter's vote on a published answer, and stores what they decide.
    /// Only what the decision needs is read — the voter's current vote on the answer, their votes cast today (UTC) and
    /// the answer's author and last edit — into a one-vote <see cref="VoteLedger"/>, whose
    /// <see cref="VoteLedger.Apply(VoteRequest, VoteRules, DateTimeOffset)"/> decides at the store's clock. An accepted
    /// change writes the vote row, the answer's counters and the <see cref="VoteEventRecord"/> in one transaction; the
    /// vote row changes only if it still holds the vote read (else the whole transaction is retried), and the counters
    /// move by relative updates (<c>SET UpVotes = UpVotes + 1</c>), so no update is lost, across app instances sharing
    /// one database too.
    /// </summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="voterId">The voter's account id: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <param name="action">Up, down or retract.</param>
    /// <param name="rules">The rules, such as <see cref="VoteRules.StackExchange"/> (own answers, a 5-minute lock window, 30 votes per UTC day).</param>
    /// <param name="voterPhysicianId">The voter's physician id when the voter is a physician, so that the rules recognize their own answers.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decision (accepted, unchanged or rejected with the rule), the stored event, the voter's vote and the tally after.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/>, <paramref name="voterId"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException">The answer is not published, or concurrent votes by the same voter kept conflicting.</exception>
    public async Task<VoteResult> CastVoteAsync(
        string answerId, string voterId, VoteAction action, VoteRules rules, string? voterPhysicianId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        ArgumentNullException.ThrowIfNull(rules);
        var request = new VoteRequest(voterId, action, voterPhysicianId); // validates before any database work
        return await RetryAsync(answerId, () => TryCastAsync(answerId, request, rules, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Removes a voter's vote on an answer whatever the rules say (<see cref="VoteLedger.Reverse"/>): the host's tool for
    /// reversing serial or targeted voting found in the audit log, stored as a <see cref="VoteChange.Reversed"/> event.
    /// </summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="voterId">The voter whose vote goes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Accepted with the event, or unchanged when the voter has no vote on the answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> or <paramref name="voterId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="InvalidOperationException">Concurrent votes by the same voter kept conflicting.</exception>
    public Task<VoteResult> ReverseVoteAsync(string answerId, string voterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        ArgumentNullException.ThrowIfNull(voterId);
        return RetryAsync(answerId, () => TryReverseAsync(answerId, voterId, cancellationToken), cancellationToken);
    }

    /// <summary>The voter's current votes on the answers of a question.</summary>
    /// <param name="questionId">The question's slug.</param>
    /// <param name="voterId">The voter's account id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The votes by answer id; answers without a vote are absent.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<IReadOnlyDictionary<string, Vote>> VotesOfAsync(string questionId, string voterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        ArgumentNullException.ThrowIfNull(voterId);
        var rows = await _db.Votes.AsNoTracking()
            .Where(vote => vote.VoterId == voterId)
            .Join(_db.Answers.Where(answer => answer.QuestionId == questionId), vote => vote.AnswerId, answer => answer.Id, (vote, _) => vote)
            .Take(QaThreadLimits.MaxAnswers)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.AnswerId, row => row.ToVote(), StringComparer.Ordinal);
    }

    /// <summary>
    /// An answer's whole ledger rebuilt from its vote rows (with the answer's author and last edit), for audits and
    /// tests: it reads every row, so a request path uses <see cref="CastVoteAsync"/>, which reads one.
    /// </summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ledger; its tally leaves out the answer's imported votes, which have no voter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    /// <exception cref="ArgumentException">A stored row holds a value MedQa rejects.</exception>
    public async Task<VoteLedger> LoadLedgerAsync(string answerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        var answer = await _db.Answers.AsNoTracking().Where(row => row.Id == answerId).Select(row => new { row.AuthorId, row.EditedAt }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        var rows = await _db.Votes.AsNoTracking().Where(vote => vote.AnswerId == answerId).Take(VoteLedger.MaxVotes).ToListAsync(cancellationToken);
        return new VoteLedger(answerId, rows.Select(row => row.ToVote()), answer.AuthorId, answer.EditedAt);
    }

    /// <summary>Checks an answer's counters against its vote rows and its replayed vote events.</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The three tallies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No answer has the id.</exception>
    public async Task<LedgerCheck> CheckLedgerAsync(string answerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        var answer = await _db.Answers.AsNoTracking().FirstOrDefaultAsync(row => row.Id == answerId, cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        var votes = _db.Votes.Where(vote => vote.AnswerId == answerId);
        var up = await votes.LongCountAsync(vote => vote.Direction == VoteDirection.Up, cancellationToken);
        var down = await votes.LongCountAsync(vote => vote.Direction == VoteDirection.Down, cancellationToken);
        var events = _db.VoteEvents.Where(change => change.AnswerId == answerId);
        var count = await events.LongCountAsync(cancellationToken);
        var upDelta = await events.SumAsync(change => (long)(change.Direction == VoteDirection.Up ? 1 : 0) - (change.Previous == VoteDirection.Up ? 1 : 0), cancellationToken);
        var downDelta = await events.SumAsync(change => (long)(change.Direction == VoteDirection.Down ? 1 : 0) - (change.Previous == VoteDirection.Down ? 1 : 0), cancellationToken);
        return new LedgerCheck(
            answer.ToTally(),
            new VoteTally(answer.ImportedUpVotes + up, answer.ImportedDownVotes + down),
            new VoteTally(answer.ImportedUpVotes + upDelta, answer.ImportedDownVotes + downDelta),
            count);
    }

    private async Task<VoteResult> RetryAsync(string answerId, Func<Task<VoteResult?>> attemptOnce, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            _db.ChangeTracker.Clear();
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await attemptOnce();
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

    // Null when the vote row changed between the read and the write: the caller rolls back and retries.
    private async Task<VoteResult?> TryCastAsync(string answerId, VoteRequest request, VoteRules rules, CancellationToken cancellationToken)
    {
        var answer = await _db.Answers.AsNoTracking()
            .Where(row => row.Id == answerId)
            .Select(row => new { row.Status, row.AuthorId, row.EditedAt })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        if (answer.Status != AnswerStatus.Published)
        {
            throw new InvalidOperationException($"The answer '{Slugs.Echo(answerId)}' is {answer.Status}; only published answers take votes.");
        }

        var stored = await CurrentRowAsync(answerId, request.VoterId, cancellationToken);
        var now = _clock.GetUtcNow();
        var today = VoteRecord.UtcDay(now);
        var castToday = rules.DailyCap is null ? 0 : await _db.Votes.CountAsync(vote => vote.VoterId == request.VoterId && vote.CastOn == today, cancellationToken);

        // The decision needs the voter's own vote only: a one-vote ledger decides as the whole answer's would.
        var ledger = new VoteLedger(answerId, stored is null ? null : [stored.ToVote()], answer.AuthorId, answer.EditedAt);
        var outcome = ledger.Apply(new VoteRequest(request.VoterId, request.Action, request.VoterPhysicianId, castToday), rules, now);
        return await StoreAsync(answerId, request.VoterId, stored, outcome, cancellationToken);
    }

    private async Task<VoteResult?> TryReverseAsync(string answerId, string voterId, CancellationToken cancellationToken)
    {
        var answer = await _db.Answers.AsNoTracking().Where(row => row.Id == answerId).Select(row => new { row.AuthorId, row.EditedAt }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No answer has the id '{Slugs.Echo(answerId)}'.");
        var stored = await CurrentRowAsync(answerId, voterId, cancellationToken);
        var ledger = new VoteLedger(answerId, stored is null ? null : [stored.ToVote()], answer.AuthorId, answer.EditedAt);
        return await StoreAsync(answerId, voterId, stored, ledger.Reverse(voterId, _clock.GetUtcNow()), cancellationToken);
    }

    private Task<VoteRecord?> CurrentRowAsync(string answerId, string voterId, CancellationToken cancellationToken)
        => _db.Votes.AsNoTracking().FirstOrDefaultAsync(vote => vote.AnswerId == answerId && vote.VoterId == voterId, cancellationToken);

    // Writes an accepted outcome: the vote row (conditional on the row read), the counters (relative) and the event.
    private async Task<VoteResult?> StoreAsync(string answerId, string voterId, VoteRecord? stored, VoteOutcome outcome, CancellationToken cancellationToken)
    {
        var after = outcome.Ledger.VoteOf(voterId);
        if (outcome.Event is not { } change)
        {
            return new VoteResult(outcome.Kind, outcome.Rejection, null, after, await TallyAsync(answerId, cancellationToken));
        }

        if (stored is null)
        {
            // A concurrent first vote by the same voter violates the key: SaveChanges throws and the caller retries.
            _db.Votes.Add(VoteRecord.From(answerId, after!));
            await _db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            var unchangedSinceRead = _db.Votes.Where(vote => vote.AnswerId == answerId && vote.VoterId == voterId
                && vote.Direction == stored.Direction && vote.CastAt == stored.CastAt);
            var written = after is null
                ? await unchangedSinceRead.ExecuteDeleteAsync(cancellationToken)
                : await unchangedSinceRead.ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(vote => vote.Direction, after.Direction)
                        .SetProperty(vote => vote.CastAt, after.CastAt.ToUniversalTime())
                        .SetProperty(vote => vote.CastOn, VoteRecord.UtcDay(after.CastAt)),
                    cancellationToken);
            if (written == 0)
            {
                return null;
            }
        }

        var upDelta = change.UpDelta;
        var downDelta = change.DownDelta;
        await _db.Answers.Where(row => row.Id == answerId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(row => row.UpVotes, row => row.UpVotes + upDelta)
                .SetProperty(row => row.DownVotes, row => row.DownVotes + downDelta),
            cancellationToken);
        _db.VoteEvents.Add(VoteEventRecord.From(change));
        await _db.SaveChangesAsync(cancellationToken);
        return new VoteResult(outcome.Kind, null, change, after, await TallyAsync(answerId, cancellationToken));
    }

    private async Task<VoteTally> TallyAsync(string answerId, CancellationToken cancellationToken)
    {
        var counters = await _db.Answers.AsNoTracking().Where(row => row.Id == answerId)
            .Select(row => new { row.UpVotes, row.DownVotes }).FirstAsync(cancellationToken);
        return new VoteTally(counters.UpVotes, counters.DownVotes);
    }
}
