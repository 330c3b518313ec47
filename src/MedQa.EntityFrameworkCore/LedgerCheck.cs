namespace MedQa.EntityFrameworkCore;

/// <summary>
/// An answer's tally three ways: the counters, the current vote rows (plus imported votes) and the replayed vote
/// events (plus imported votes). They agree unless an update was lost.
/// </summary>
/// <param name="Counters">The answer's stored counters.</param>
/// <param name="CurrentVotes">Imported votes plus one per current vote row.</param>
/// <param name="ReplayedEvents">Imported votes plus every vote event's change, in order.</param>
/// <param name="Events">The number of vote events.</param>
public sealed record LedgerCheck(VoteTally Counters, VoteTally CurrentVotes, VoteTally ReplayedEvents, long Events)
{
    /// <summary>Whether the three agree.</summary>
    public bool IsConsistent => Counters == CurrentVotes && Counters == ReplayedEvents;
}
