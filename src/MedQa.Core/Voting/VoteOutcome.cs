namespace MedQa;

/// <summary>
/// What <see cref="VoteLedger.Apply(VoteRequest, VoteRules, DateTimeOffset)"/> did: an accepted change with its
/// <see cref="Event"/> and the new <see cref="Ledger"/>, nothing to do, or a <see cref="Rejection"/>.
/// </summary>
public sealed record VoteOutcome
{
    private VoteOutcome(VoteOutcomeKind kind, VoteLedger ledger, VoteEvent? voteEvent, VoteRejection? rejection)
    {
        Kind = kind;
        Ledger = ledger;
        Event = voteEvent;
        Rejection = rejection;
    }

    /// <summary>Accepted, unchanged or rejected.</summary>
    public VoteOutcomeKind Kind { get; }

    /// <summary>The ledger after the request: the new one when accepted, else the one it was applied to.</summary>
    public VoteLedger Ledger { get; }

    /// <summary>The change, when accepted; otherwise null.</summary>
    public VoteEvent? Event { get; }

    /// <summary>Why the request was refused, when rejected; otherwise null.</summary>
    public VoteRejection? Rejection { get; }

    internal static VoteOutcome Accepted(VoteLedger ledger, VoteEvent voteEvent) => new(VoteOutcomeKind.Accepted, ledger, voteEvent, null);

    internal static VoteOutcome Unchanged(VoteLedger ledger) => new(VoteOutcomeKind.Unchanged, ledger, null, null);

    internal static VoteOutcome Rejected(VoteLedger ledger, VoteRejection rejection) => new(VoteOutcomeKind.Rejected, ledger, null, rejection);
}
