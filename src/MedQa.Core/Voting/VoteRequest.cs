namespace MedQa;

/// <summary>
/// A voter's request to a <see cref="VoteLedger"/>: who asks, what they ask, and the facts the rules need that live
/// outside one answer's ledger (whether the voter is a physician, and how many votes they have cast today).
/// </summary>
/// <remarks>Instances are immutable, validated at construction, and compare by value.</remarks>
public sealed record VoteRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="voterId">The voter's stable identifier (a user account).</param>
    /// <param name="action">Up, down or retract.</param>
    /// <param name="voterPhysicianId">The <see cref="Physician.Id"/> of the voter when they are a physician, so that <see cref="VoteRules.ForbidOwnAnswerVotes"/> can recognize the author; otherwise null.</param>
    /// <param name="votesCastToday">
    /// The voter's current votes, on all answers, cast on the UTC day of the request (see <see cref="VoteRules.UtcDay"/>
    /// and <see cref="VoteRules.CountsToday"/>); votes retracted since are not counted, so they are refunded.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="voterId"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed (the exception names it).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined or <paramref name="votesCastToday"/> is negative.</exception>
    public VoteRequest(string voterId, VoteAction action, string? voterPhysicianId = null, int votesCastToday = 0)
    {
        VoterId = Guard.Identifier(voterId);
        Action = Guard.Defined(action);
        VoterPhysicianId = voterPhysicianId is null ? null : Guard.Identifier(voterPhysicianId);
        VotesCastToday = (int)Guard.NotNegative(votesCastToday);
    }

    /// <summary>The voter's stable identifier.</summary>
    public string VoterId { get; }

    /// <summary>Up, down or retract.</summary>
    public VoteAction Action { get; }

    /// <summary>The voter's physician id when they are a physician; otherwise null.</summary>
    public string? VoterPhysicianId { get; }

    /// <summary>The voter's current votes cast on the request's UTC day, on all answers.</summary>
    public int VotesCastToday { get; }
}
