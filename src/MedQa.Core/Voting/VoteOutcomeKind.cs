namespace MedQa;

/// <summary>How <see cref="VoteLedger"/> answered a request: a change, nothing to do, or a refusal.</summary>
public enum VoteOutcomeKind
{
    /// <summary>The vote changed: <see cref="VoteOutcome.Event"/> says how and <see cref="VoteOutcome.Ledger"/> holds the new state.</summary>
    Accepted,

    /// <summary>Nothing to change (the same vote again, or a retraction without a vote): no event, the same ledger.</summary>
    Unchanged,

    /// <summary>A rule refused the request: <see cref="VoteOutcome.Rejection"/> says which; the same ledger.</summary>
    Rejected,
}
