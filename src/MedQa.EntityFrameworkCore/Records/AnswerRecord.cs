namespace MedQa.EntityFrameworkCore;

/// <summary>
/// An answer as a row. Its tally is two counters (imported votes plus current voter rows) (<see cref="UpVotes"/>, <see cref="DownVotes"/>) that
/// <see cref="MedQaStore.CastVoteAsync"/> changes with relative SQL updates in the same transaction as the voter's
/// <see cref="VoteRecord"/>, so a vote never rewrites the thread and concurrent votes never overwrite each other.
/// </summary>
public sealed class AnswerRecord
{
    /// <summary>The longest hide reason stored: what <see cref="Answer.Hide"/> accepts.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>The answer's id, unique across the store.</summary>
    public string Id { get; set; } = "";

    /// <summary>The question's slug.</summary>
    public string QuestionId { get; set; } = "";

    /// <summary>The author's physician id, or null for an unattributed answer.</summary>
    public string? AuthorId { get; set; }

    /// <summary>The author, when loaded.</summary>
    public PhysicianRecord? Author { get; set; }

    /// <summary>The headline, if any.</summary>
    public string? Headline { get; set; }

    /// <summary>The answer's text.</summary>
    public string Body { get; set; } = "";

    /// <summary>When it was posted (UTC).</summary>
    public DateTimeOffset? PostedAt { get; set; }

    /// <summary>When its text last changed (UTC), if ever: votes cast before then are unlocked again.</summary>
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Its moderation status (MedQa's <see cref="AnswerStatus"/>; <see cref="AnswerLifecycle"/> says which moves are allowed).</summary>
    public AnswerStatus Status { get; set; }

    /// <summary>Why a moderator hid it.</summary>
    public string? HiddenReason { get; set; }

    /// <summary>The number of current helpful votes.</summary>
    public long UpVotes { get; set; }

    /// <summary>The number of current unhelpful votes.</summary>
    public long DownVotes { get; set; }

    /// <summary>Helpful votes imported with the answer (a seed file's tally), which have no voter row.</summary>
    public long ImportedUpVotes { get; set; }

    /// <summary>Unhelpful votes imported with the answer, which have no voter row.</summary>
    public long ImportedDownVotes { get; set; }

    /// <summary>Whether the author stated a conflict-of-interest disclosure (<see cref="Answer.Disclosure"/> is not null).</summary>
    public bool DisclosureStated { get; set; }

    /// <summary>The stated conflict, or null for <see cref="Disclosure.None"/> (and when none was stated).</summary>
    public string? DisclosureStatement { get; set; }

    /// <summary>The sources it cites, in order.</summary>
    public List<ReferenceRecord> References { get; set; } = [];

    /// <summary>Other physicians' agreement ("N doctors agree"), in order.</summary>
    public List<EndorsementRecord> Endorsements { get; set; } = [];

    /// <summary>Whether the asker marked it "this helped".</summary>
    public bool HelpedAsker { get; set; }

    /// <summary>Where the site lists it among its thread's answers (the order it was given or posted in).</summary>
    public int Position { get; set; }

    /// <summary>The tally the counters hold.</summary>
    /// <returns>The tally.</returns>
    public VoteTally ToTally() => new(UpVotes, DownVotes);

    /// <summary>The row for an answer of a question; the author is referenced by id (store it separately).</summary>
    /// <param name="questionId">The question's slug.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="status">Its moderation status as stored, such as <see cref="AnswerStatus.PendingReview"/> for a new answer (the answer's own <see cref="Answer.Status"/> is not used).</param>
    /// <param name="position">Its place in the thread.</param>
    /// <returns>A new, detached row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="questionId"/> or <paramref name="answer"/> is null.</exception>
    public static AnswerRecord From(string questionId, Answer answer, AnswerStatus status, int position)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        ArgumentNullException.ThrowIfNull(answer);
        return new AnswerRecord
        {
            Id = answer.Id,
            QuestionId = questionId,
            AuthorId = answer.Author?.Id,
            Headline = answer.Headline,
            Body = answer.Body,
            PostedAt = answer.PostedAt?.ToUniversalTime(),
            EditedAt = answer.LastEditedAt?.ToUniversalTime(),
            Status = status,
            UpVotes = answer.Votes.Up,
            DownVotes = answer.Votes.Down,
            ImportedUpVotes = answer.Votes.Up,
            ImportedDownVotes = answer.Votes.Down,
            Position = position,
            DisclosureStated = answer.Disclosure is not null,
            DisclosureStatement = answer.Disclosure?.Statement,
            References = [.. answer.References.Select(ReferenceRecord.From)],
            Endorsements = [.. answer.Endorsements.Select(EndorsementRecord.From)],
            HelpedAsker = answer.HelpedAsker,
        };
    }

    /// <summary>The answer this row holds, with its author when <see cref="Author"/> is loaded.</summary>
    /// <returns>The answer, validated again by its constructor.</returns>
    /// <exception cref="ArgumentException">The row holds a value MedQa rejects.</exception>
    public Answer ToAnswer() => new(
        Id,
        Body,
        Headline,
        Author?.ToPhysician(),
        PostedAt,
        ToTally(),
        EditedAt,
        Status,
        Status == AnswerStatus.Hidden ? HiddenReason : null,
        !DisclosureStated ? null : DisclosureStatement is { } statement ? Disclosure.Of(statement) : Disclosure.None,
        References.Select(reference => reference.ToReference()),
        Endorsements.Select(endorsement => endorsement.ToEndorsement()),
        HelpedAsker);
}
