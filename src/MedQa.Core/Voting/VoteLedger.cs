using System.Collections.Immutable;

namespace MedQa;

/// <summary>
/// The current votes on one answer — at most one per voter — and the <see cref="VoteTally"/> derived from them. Apply
/// one request at a time: each returns a <see cref="VoteOutcome"/> with the new ledger and the accepted
/// <see cref="VoteEvent"/>, or the reason it was refused.
/// </summary>
/// <remarks>
/// <para>
/// A host that stores votes as rows rebuilds the ledger from the answer's stored current votes, applies the request,
/// and writes back the one changed row (and the event, for its audit log): a vote never rewrites a thread.
/// </para>
/// <para>
/// The clock comes from the caller (an instant or a <see cref="TimeProvider"/>), so the ledger is deterministic.
/// Instances are immutable and compare by value (the answer's facts and the set of current votes).
/// </para>
/// </remarks>
public sealed class VoteLedger : IEquatable<VoteLedger>
{
    /// <summary>The most current votes one answer's ledger holds; a further new voter is refused with <see cref="VoteRejection.LedgerFull"/>.</summary>
    public const int MaxVotes = 10_000_000;

    private readonly ImmutableSortedDictionary<string, Vote> _votes;

    /// <summary>Creates a ledger from an answer's stored current votes.</summary>
    /// <param name="answerId">The answer the votes are on.</param>
    /// <param name="votes">Its current votes, at most one per voter and at most <see cref="MaxVotes"/>; none by default.</param>
    /// <param name="authorId">The <see cref="Physician.Id"/> of the answer's author, when shown, for <see cref="VoteRules.ForbidOwnAnswerVotes"/>.</param>
    /// <param name="lastEditedAt">When the answer was last edited, when it was: a vote cast before it is unlocked again.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, or <paramref name="votes"/> holds a null, two votes of one voter, or more than <see cref="MaxVotes"/> (the exception names it).</exception>
    public VoteLedger(string answerId, IEnumerable<Vote>? votes = null, string? authorId = null, DateTimeOffset? lastEditedAt = null)
        : this(Guard.Identifier(answerId), authorId is null ? null : Guard.Identifier(authorId), lastEditedAt, Index(votes))
    {
    }

    private VoteLedger(string answerId, string? authorId, DateTimeOffset? lastEditedAt, ImmutableSortedDictionary<string, Vote> votes)
    {
        AnswerId = answerId;
        AuthorId = authorId;
        LastEditedAt = lastEditedAt;
        _votes = votes;
        long up = 0;
        foreach (var vote in votes.Values)
        {
            up += vote.Direction == VoteDirection.Up ? 1 : 0;
        }

        Tally = new VoteTally(up, votes.Count - up);
    }

    /// <summary>The answer the votes are on.</summary>
    public string AnswerId { get; }

    /// <summary>The physician id of the answer's author, when known.</summary>
    public string? AuthorId { get; }

    /// <summary>When the answer was last edited, when it was.</summary>
    public DateTimeOffset? LastEditedAt { get; }

    /// <summary>The current votes, one per voter, ordered by voter id (ordinal).</summary>
    public IEnumerable<Vote> Votes => _votes.Values;

    /// <summary>How many current votes the answer has.</summary>
    public int Count => _votes.Count;

    /// <summary>The up and down counts of the current votes.</summary>
    public VoteTally Tally { get; }

    /// <summary>Creates the ledger of an answer from its stored current votes, taking the author and the last edit from the answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="votes">Its current votes; none by default.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="votes"/> holds a null, two votes of one voter, or too many.</exception>
    public static VoteLedger For(Answer answer, IEnumerable<Vote>? votes = null)
    {
        Guard.NotNull(answer);
        return new VoteLedger(answer.Id, answer.Author?.Id, answer.LastEditedAt, Index(votes));
    }

    /// <summary>The voter's current vote, or null when they have none.</summary>
    /// <param name="voterId">The voter.</param>
    /// <returns>The vote, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="voterId"/> is null.</exception>
    public Vote? VoteOf(string voterId) => _votes.GetValueOrDefault(Guard.NotNull(voterId));

    /// <summary>The same votes on the answer edited at <paramref name="editedAt"/>: votes cast before then are unlocked.</summary>
    /// <param name="editedAt">When the answer was edited.</param>
    /// <returns>The ledger with the new <see cref="LastEditedAt"/>.</returns>
    public VoteLedger WithAnswerEdited(DateTimeOffset editedAt) => new(AnswerId, AuthorId, editedAt, _votes);

    /// <summary>Applies a request at the clock's current instant.</summary>
    /// <param name="request">The voter's request.</param>
    /// <param name="rules">The rules to enforce (<see cref="VoteRules.StackExchange"/>, <see cref="VoteRules.None"/> or your own).</param>
    /// <param name="clock">The clock; <see cref="TimeProvider.System"/> in production, a fake one in tests.</param>
    /// <returns>The outcome: accepted with its event and new ledger, unchanged, or rejected with a reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public VoteOutcome Apply(VoteRequest request, VoteRules rules, TimeProvider clock)
        => Apply(request, rules, Guard.NotNull(clock).GetUtcNow());

    /// <summary>Applies a request at the given instant.</summary>
    /// <param name="request">The voter's request.</param>
    /// <param name="rules">The rules to enforce.</param>
    /// <param name="at">When the request is made.</param>
    /// <returns>The outcome: accepted with its event and new ledger, unchanged, or rejected with a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="rules"/> is null.</exception>
    public VoteOutcome Apply(VoteRequest request, VoteRules rules, DateTimeOffset at)
    {
        Guard.NotNull(request);
        Guard.NotNull(rules);
        var current = _votes.GetValueOrDefault(request.VoterId);
        VoteDirection? wanted = request.Action switch
        {
            VoteAction.Up => VoteDirection.Up,
            VoteAction.Down => VoteDirection.Down,
            _ => null,
        };
        if (current?.Direction == wanted)
        {
            return VoteOutcome.Unchanged(this); // the same vote again, or a retraction without a vote
        }

        if (wanted is not null && rules.ForbidOwnAnswerVotes && AuthorId is not null
            && string.Equals(request.VoterPhysicianId, AuthorId, StringComparison.Ordinal))
        {
            return VoteOutcome.Rejected(this, VoteRejection.OwnAnswer);
        }

        if (current is not null && IsLocked(current, rules, at))
        {
            return VoteOutcome.Rejected(this, VoteRejection.Locked);
        }

        // A change of a vote already cast today reuses its place under the cap; a retraction never needs one.
        var needsBudget = wanted is not null && (current is null || !VoteRules.CountsToday(current, at));
        if (needsBudget && rules.DailyCap is { } cap && request.VotesCastToday >= cap)
        {
            return VoteOutcome.Rejected(this, VoteRejection.DailyCapReached);
        }

        if (current is null && _votes.Count >= MaxVotes)
        {
            return VoteOutcome.Rejected(this, VoteRejection.LedgerFull);
        }

        var change = current is null ? VoteChange.Cast : wanted is null ? VoteChange.Retracted : VoteChange.Changed;
        var votes = wanted is { } direction
            ? _votes.SetItem(request.VoterId, new Vote(request.VoterId, direction, at))
            : _votes.Remove(request.VoterId);
        return VoteOutcome.Accepted(
            new VoteLedger(AnswerId, AuthorId, LastEditedAt, votes),
            new VoteEvent(AnswerId, request.VoterId, change, current?.Direction, wanted, at));
    }

    /// <summary>
    /// Removes a voter's vote whatever the rules say — the host's tool for reversing serial or targeted voting found
    /// in the audit log — as a <see cref="VoteChange.Reversed"/> event.
    /// </summary>
    /// <param name="voterId">The voter whose vote goes.</param>
    /// <param name="at">When it is reversed.</param>
    /// <returns>Accepted with the event, or unchanged when the voter has no vote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="voterId"/> is null.</exception>
    public VoteOutcome Reverse(string voterId, DateTimeOffset at)
    {
        if (_votes.GetValueOrDefault(Guard.NotNull(voterId)) is not { } current)
        {
            return VoteOutcome.Unchanged(this);
        }

        return VoteOutcome.Accepted(
            new VoteLedger(AnswerId, AuthorId, LastEditedAt, _votes.Remove(voterId)),
            new VoteEvent(AnswerId, voterId, VoteChange.Reversed, current.Direction, null, at));
    }

    /// <summary>Value equality: the same answer facts and the same current votes.</summary>
    /// <param name="other">The other ledger.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(VoteLedger? other)
        => other is not null
            && AnswerId == other.AnswerId
            && AuthorId == other.AuthorId
            && LastEditedAt == other.LastEditedAt
            && _votes.Count == other._votes.Count
            && _votes.Values.SequenceEqual(other._votes.Values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VoteLedger);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AnswerId, AuthorId, LastEditedAt, Tally);

    /// <summary>"{answer id}: {up} up, {down} down".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{AnswerId}: {Tally.Up} up, {Tally.Down} down";

    private bool IsLocked(Vote current, VoteRules rules, DateTimeOffset at)
        => rules.LockWindow is { } window
            && at - current.CastAt > window
            && !(LastEditedAt > current.CastAt);

    private static ImmutableSortedDictionary<string, Vote> Index(IEnumerable<Vote>? votes)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Vote>(StringComparer.Ordinal);
        if (votes is null)
        {
            return builder.ToImmutable();
        }

        var index = 0;
        foreach (var vote in votes)
        {
            if (vote is null)
            {
                throw new ArgumentException($"The votes must not contain null (at index {index}).", nameof(votes));
            }

            if (builder.Count >= MaxVotes)
            {
                throw new ArgumentException($"The votes must number at most {MaxVotes}.", nameof(votes));
            }

            if (!builder.TryAdd(vote.VoterId, vote))
            {
                throw new ArgumentException($"The votes must hold one vote per voter; \"{vote.VoterId}\" repeats at index {index}.", nameof(votes));
            }

            index++;
        }

        return builder.ToImmutable();
    }
}
