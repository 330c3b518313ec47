namespace MedQa.EntityFrameworkCore;

/// <summary>A visitor's vote on an answer, as cast: helpful, unhelpful, or none (a retraction).</summary>
public enum VoteChoice
{
    /// <summary>The visitor found the answer unhelpful.</summary>
    Unhelpful = -1,

    /// <summary>No vote: casting it retracts the visitor's current vote.</summary>
    None = 0,

    /// <summary>The visitor found the answer helpful.</summary>
    Helpful = 1,
}
