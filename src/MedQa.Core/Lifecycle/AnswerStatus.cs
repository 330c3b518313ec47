namespace MedQa;

/// <summary>
/// Where an answer is in its moderation lifecycle: Draft → PendingReview → Published → Hidden (with a reason) or
/// Removed. Only <see cref="Published"/> answers are rendered, counted and emitted in JSON-LD.
/// </summary>
/// <remarks><see cref="AnswerLifecycle"/> says which moves are allowed.</remarks>
public enum AnswerStatus
{
    /// <summary>Published: shown, counted and emitted. The default, so answers created without a status (and version-1 files) are published.</summary>
    Published,

    /// <summary>Being written by its author; seen by nobody else.</summary>
    Draft,

    /// <summary>Submitted and waiting for a moderator; not shown yet.</summary>
    PendingReview,

    /// <summary>Taken down by a moderator for a stated reason (such as suspected spam); can be published again.</summary>
    Hidden,

    /// <summary>Deleted for good; no move leaves this state.</summary>
    Removed,
}
