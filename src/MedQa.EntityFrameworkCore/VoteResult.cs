namespace MedQa.EntityFrameworkCore;

/// <summary>What <see cref="MedQaStore.CastVoteAsync"/> did: MedQa's decision, the stored event, and the tally after.</summary>
/// <param name="Kind">Accepted (stored), unchanged (the same vote again, or a retraction without a vote) or rejected.</param>
/// <param name="Rejection">Which rule refused the vote, when rejected.</param>
/// <param name="Event">The stored change, when accepted.</param>
/// <param name="Current">The voter's current vote after the request; null when they have none.</param>
/// <param name="Tally">The answer's tally after the request.</param>
public sealed record VoteResult(VoteOutcomeKind Kind, VoteRejection? Rejection, VoteEvent? Event, Vote? Current, VoteTally Tally)
{
    /// <summary>Whether the vote changed (casting the same vote twice changes nothing; a rejection changes nothing).</summary>
    public bool Changed => Kind == VoteOutcomeKind.Accepted;
}
