namespace MedQa.EntityFrameworkCore;

/// <summary>A voter's current vote on an answer: at most one row per (answer, voter); a retraction deletes it.</summary>
public sealed class VoteRecord
{
    /// <summary>The answer's id.</summary>
    public string AnswerId { get; set; } = "";

    /// <summary>The voter's account id.</summary>
    public string VoterId { get; set; } = "";

    /// <summary>The vote: <see cref="VoteChoice.Helpful"/> or <see cref="VoteChoice.Unhelpful"/>.</summary>
    public VoteChoice Choice { get; set; }

    /// <summary>When this vote was cast (UTC).</summary>
    public DateTimeOffset CastAt { get; set; }
}
