namespace MedQa.EntityFrameworkCore;

/// <summary>
/// A voter's current vote on an answer (MedQa's <see cref="Vote"/>) as a row: at most one per (answer, voter), which
/// the key enforces; a retraction deletes it.
/// </summary>
public sealed class VoteRecord
{
    /// <summary>The answer's id.</summary>
    public string AnswerId { get; set; } = "";

    /// <summary>The voter's account id (<see cref="Vote.VoterId"/>).</summary>
    public string VoterId { get; set; } = "";

    /// <summary>Which way the vote goes.</summary>
    public VoteDirection Direction { get; set; }

    /// <summary>When the vote was cast or last changed (UTC): the lock window and the daily cap count from it.</summary>
    public DateTimeOffset CastAt { get; set; }

    /// <summary>
    /// The UTC day of <see cref="CastAt"/>: the daily cap counts a voter's rows of the day by it (an equality that
    /// every provider translates, SQLite included, which cannot compare <see cref="DateTimeOffset"/> columns).
    /// </summary>
    public DateOnly CastOn { get; set; }

    /// <summary>The row for a voter's current vote on an answer.</summary>
    /// <param name="answerId">The answer's id.</param>
    /// <param name="vote">The vote.</param>
    /// <returns>A new, detached row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> or <paramref name="vote"/> is null.</exception>
    public static VoteRecord From(string answerId, Vote vote)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        ArgumentNullException.ThrowIfNull(vote);
        return new VoteRecord { AnswerId = answerId, VoterId = vote.VoterId, Direction = vote.Direction, CastAt = vote.CastAt.ToUniversalTime(), CastOn = UtcDay(vote.CastAt) };
    }

    /// <summary>The vote this row holds, validated again by <see cref="Vote"/>'s constructor.</summary>
    /// <returns>The vote.</returns>
    /// <exception cref="ArgumentException">The row holds a value MedQa rejects (edited outside MedQa).</exception>
    public Vote ToVote() => new(VoterId, Direction, CastAt);

    /// <summary>The UTC day of an instant, as <see cref="CastOn"/> holds it (the day of <see cref="VoteRules.UtcDay"/>).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>Its UTC date.</returns>
    public static DateOnly UtcDay(DateTimeOffset at) => DateOnly.FromDateTime(VoteRules.UtcDay(at).Start.UtcDateTime);
}
