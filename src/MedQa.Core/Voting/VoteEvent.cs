namespace MedQa;

/// <summary>
/// One accepted change of a vote — who, on which answer, what, and when — so a host can keep an audit log, update
/// stored tallies by <see cref="UpDelta"/> and <see cref="DownDelta"/>, and find and reverse serial voting.
/// </summary>
/// <remarks>Instances are immutable, validated at construction (the directions must fit the change), and compare by value.</remarks>
public sealed record VoteEvent
{
    /// <summary>Creates an event, such as one read back from a host's audit log.</summary>
    /// <param name="answerId">The answer voted on.</param>
    /// <param name="voterId">The voter.</param>
    /// <param name="change">What happened.</param>
    /// <param name="previous">The vote before: null for <see cref="VoteChange.Cast"/>, required otherwise.</param>
    /// <param name="direction">The vote after: required for <see cref="VoteChange.Cast"/> and <see cref="VoteChange.Changed"/> (and different from <paramref name="previous"/>), null otherwise.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answerId"/> or <paramref name="voterId"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, or a direction does not fit the change (the exception names it).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public VoteEvent(string answerId, string voterId, VoteChange change, VoteDirection? previous, VoteDirection? direction, DateTimeOffset at)
    {
        AnswerId = Guard.Identifier(answerId);
        VoterId = Guard.Identifier(voterId);
        Change = Guard.Defined(change);
        // The label and the field are both given: the field would otherwise be the pattern variable ("before"/"after").
        Previous = previous is { } before ? Guard.Defined(before, "previous direction", nameof(previous)) : null;
        Direction = direction is { } after ? Guard.Defined(after, "direction", nameof(direction)) : null;
        var expectsPrevious = change != VoteChange.Cast;
        var expectsDirection = change is VoteChange.Cast or VoteChange.Changed;
        if (Previous.HasValue != expectsPrevious)
        {
            throw Guard.Invalid($"A {change} vote event {(expectsPrevious ? "needs" : "has no")} previous direction.", nameof(previous));
        }

        if (Direction.HasValue != expectsDirection || (change == VoteChange.Changed && Direction == Previous))
        {
            throw Guard.Invalid(
                change == VoteChange.Changed
                    ? "A Changed vote event needs a direction different from the previous one."
                    : $"A {change} vote event {(expectsDirection ? "needs" : "has no")} direction.",
                nameof(direction));
        }

        At = at;
    }

    /// <summary>The answer voted on.</summary>
    public string AnswerId { get; }

    /// <summary>The voter.</summary>
    public string VoterId { get; }

    /// <summary>What happened.</summary>
    public VoteChange Change { get; }

    /// <summary>The vote before the change; null when it was cast.</summary>
    public VoteDirection? Previous { get; }

    /// <summary>The vote after the change; null when it was retracted or reversed.</summary>
    public VoteDirection? Direction { get; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; }

    /// <summary>How the answer's helpful count changed: −1, 0 or +1.</summary>
    public int UpDelta => Count(Direction, VoteDirection.Up) - Count(Previous, VoteDirection.Up);

    /// <summary>How the answer's unhelpful count changed: −1, 0 or +1.</summary>
    public int DownDelta => Count(Direction, VoteDirection.Down) - Count(Previous, VoteDirection.Down);

    private static int Count(VoteDirection? vote, VoteDirection direction) => vote == direction ? 1 : 0;
}
