namespace MedQa;

/// <summary>
/// One voter's current vote on an answer: who, which way, and when it was cast or last changed. A host stores one
/// row per (voter, answer) and rebuilds a <see cref="VoteLedger"/> from them.
/// </summary>
/// <remarks>Instances are immutable, validated at construction, and compare by value.</remarks>
public sealed record Vote
{
    /// <summary>Creates a vote.</summary>
    /// <param name="voterId">The voter's stable identifier (a user account): 1 to 128 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <param name="direction">Up (helpful) or down (unhelpful).</param>
    /// <param name="castAt">When the vote was cast or last changed; the lock window and the daily cap count from it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="voterId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="voterId"/> is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public Vote(string voterId, VoteDirection direction, DateTimeOffset castAt)
    {
        VoterId = Guard.Identifier(voterId);
        Direction = Guard.Defined(direction);
        CastAt = castAt;
    }

    /// <summary>The voter's stable identifier.</summary>
    public string VoterId { get; }

    /// <summary>Up (helpful) or down (unhelpful).</summary>
    public VoteDirection Direction { get; }

    /// <summary>When the vote was cast or last changed.</summary>
    public DateTimeOffset CastAt { get; }
}
