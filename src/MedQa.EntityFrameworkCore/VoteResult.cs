namespace MedQa.EntityFrameworkCore;

/// <summary>What <see cref="MedQaStore.CastVoteAsync"/> did.</summary>
/// <param name="Previous">The voter's vote before.</param>
/// <param name="Current">The voter's vote now.</param>
/// <param name="Tally">The answer's tally after the vote.</param>
public sealed record VoteResult(VoteChoice Previous, VoteChoice Current, VoteTally Tally)
{
    /// <summary>Whether anything changed (casting the same vote twice changes nothing).</summary>
    public bool Changed => Previous != Current;
}
