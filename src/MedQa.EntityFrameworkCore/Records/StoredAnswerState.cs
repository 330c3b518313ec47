namespace MedQa.EntityFrameworkCore;

/// <summary>
/// Where a stored answer is in its review: only <see cref="Published"/> answers are shown, counted and voted on.
/// </summary>
public enum StoredAnswerState
{
    /// <summary>Written but not submitted.</summary>
    Draft = 0,

    /// <summary>Submitted; waiting for a moderator.</summary>
    PendingReview = 1,

    /// <summary>Reviewed and visible to everyone.</summary>
    Published = 2,

    /// <summary>Hidden by a moderator, with a reason (<see cref="AnswerRecord.HiddenReason"/>).</summary>
    Hidden = 3,

    /// <summary>Removed for good; kept as a row so its votes stay auditable.</summary>
    Removed = 4,
}
