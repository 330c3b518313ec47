namespace MedQa;

/// <summary>Which way a vote goes: the answer was helpful (up) or unhelpful (down).</summary>
public enum VoteDirection
{
    /// <summary>Helpful.</summary>
    Up,

    /// <summary>Unhelpful.</summary>
    Down,
}
