namespace MedQa;

/// <summary>What a voter asks <see cref="VoteLedger.Apply(VoteRequest, VoteRules, DateTimeOffset)"/> to do with their vote on an answer.</summary>
public enum VoteAction
{
    /// <summary>Vote helpful: a new vote, or a change of a down vote. Repeating it changes nothing.</summary>
    Up,

    /// <summary>Vote unhelpful: a new vote, or a change of an up vote. Repeating it changes nothing.</summary>
    Down,

    /// <summary>Withdraw the current vote. Retracting when there is none changes nothing.</summary>
    Retract,
}
