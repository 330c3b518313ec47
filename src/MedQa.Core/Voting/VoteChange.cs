namespace MedQa;

/// <summary>What an accepted <see cref="VoteEvent"/> did to a voter's current vote.</summary>
public enum VoteChange
{
    /// <summary>A new vote: the voter had none on the answer.</summary>
    Cast,

    /// <summary>The vote went the other way (up to down, or down to up).</summary>
    Changed,

    /// <summary>The voter withdrew their vote.</summary>
    Retracted,

    /// <summary>The host removed the vote, bypassing the rules (for example to reverse serial voting).</summary>
    Reversed,
}
