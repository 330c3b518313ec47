namespace MedQa.EntityFrameworkCore;

/// <summary>
/// One accepted vote change (MedQa's <see cref="VoteEvent"/>: who, on what, what changed, when) as a row: the audit
/// trail a host reads to review or reverse serial voting. Replaying an answer's events gives its tally.
/// </summary>
public sealed class VoteEventRecord
{
    /// <summary>The event's number, increasing.</summary>
    public long Id { get; set; }

    /// <summary>The answer's id.</summary>
    public string AnswerId { get; set; } = "";

    /// <summary>The voter's account id.</summary>
    public string VoterId { get; set; } = "";

    /// <summary>What happened: cast, changed, retracted or reversed.</summary>
    public VoteChange Change { get; set; }

    /// <summary>The vote before the change; null for a first vote.</summary>
    public VoteDirection? Previous { get; set; }

    /// <summary>The vote after the change; null for a retraction or a reversal.</summary>
    public VoteDirection? Direction { get; set; }

    /// <summary>When the change was accepted (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The row for an accepted vote change.</summary>
    /// <param name="voteEvent">The event, such as <see cref="VoteOutcome.Event"/>.</param>
    /// <returns>A new, detached row (its <see cref="Id"/> is given by the database).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="voteEvent"/> is null.</exception>
    public static VoteEventRecord From(VoteEvent voteEvent)
    {
        ArgumentNullException.ThrowIfNull(voteEvent);
        return new VoteEventRecord
        {
            AnswerId = voteEvent.AnswerId,
            VoterId = voteEvent.VoterId,
            Change = voteEvent.Change,
            Previous = voteEvent.Previous,
            Direction = voteEvent.Direction,
            At = voteEvent.At.ToUniversalTime(),
        };
    }

    /// <summary>The event this row holds, validated again by <see cref="VoteEvent"/>'s constructor.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The row holds a value MedQa rejects, such as directions that do not fit the change.</exception>
    public VoteEvent ToEvent() => new(AnswerId, VoterId, Change, Previous, Direction, At);
}
