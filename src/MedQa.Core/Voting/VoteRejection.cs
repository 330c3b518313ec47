namespace MedQa;

/// <summary>Why <see cref="VoteLedger"/> refused a vote; the ledger is unchanged.</summary>
public enum VoteRejection
{
    /// <summary>The voter is the answer's author and <see cref="VoteRules.ForbidOwnAnswerVotes"/> is on.</summary>
    OwnAnswer,

    /// <summary>The vote is older than <see cref="VoteRules.LockWindow"/> and the answer was not edited since it was cast.</summary>
    Locked,

    /// <summary>The voter has cast <see cref="VoteRules.DailyCap"/> votes that still count today (UTC).</summary>
    DailyCapReached,

    /// <summary>The answer already holds <see cref="VoteLedger.MaxVotes"/> votes.</summary>
    LedgerFull,
}
