namespace MedQa.EntityFrameworkCore;

/// <summary>
/// One accepted vote change (who, on what, from what to what, when): the audit trail a host reads to review or
/// reverse serial voting. Replaying an answer's events gives its tally.
/// </summary>
public sealed class VoteEventRecord
{
    /// <summary>The event's number, increasing.</summary>
    public long Id { get; set; }

    /// <summary>The answer's id.</summary>
    public string AnswerId { get; set; } = "";

    /// <summary>The voter's account id.</summary>
    public string VoterId { get; set; } = "";

    /// <summary>The vote before the change (<see cref="VoteChoice.None"/> for a first vote).</summary>
    public VoteChoice From { get; set; }

    /// <summary>The vote after the change (<see cref="VoteChoice.None"/> for a retraction).</summary>
    public VoteChoice To { get; set; }

    /// <summary>When the change was accepted (UTC).</summary>
    public DateTimeOffset At { get; set; }
}
