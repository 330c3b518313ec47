using System.Collections.Immutable;

namespace MedQa;

/// <summary>
/// A physician's answer to the question: an optional headline, the body, the author when shown, when it was
/// posted and last edited, its votes, its moderation status, and the facts readers judge it by (a conflict-of-interest
/// disclosure, references, other physicians' agreement, the asker's "this helped" mark). Answer content: a page that
/// renders it must render the <see cref="MedicalDisclaimer"/>.
/// </summary>
/// <remarks>
/// The author is optional because sites show some answers with no author at all. Only
/// <see cref="AnswerStatus.Published"/> answers are rendered, counted and emitted in JSON-LD. Instances are immutable,
/// validated at construction, and compare by value, lists included; the lifecycle methods return a new answer.
/// </remarks>
[RequiresMedicalDisclaimer]
public sealed record Answer
{
    /// <summary>The most references one answer holds.</summary>
    public const int MaxReferences = 100;

    /// <summary>The most endorsements one answer holds.</summary>
    public const int MaxEndorsements = 10_000;

    /// <summary>Creates an answer.</summary>
    /// <param name="id">A stable identifier, unique within its thread: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <param name="body">The answer's text; required. Blank lines separate paragraphs.</param>
    /// <param name="headline">A headline, such as "Risks of Sclerotherapy"; optional, at most 200 characters.</param>
    /// <param name="author">The physician who wrote it, when shown.</param>
    /// <param name="postedAt">When it was posted, when known.</param>
    /// <param name="votes">Its votes; <see cref="VoteTally.None"/> by default.</param>
    /// <param name="lastEditedAt">When it was last edited, when it was; not before <paramref name="postedAt"/>.</param>
    /// <param name="status">Its moderation status; <see cref="AnswerStatus.Published"/> by default.</param>
    /// <param name="hiddenReason">Why a moderator hid it: required when <paramref name="status"/> is <see cref="AnswerStatus.Hidden"/>, null otherwise; at most 200 characters.</param>
    /// <param name="disclosure">The author's conflict-of-interest disclosure; null when none was stated.</param>
    /// <param name="references">The sources it cites, at most <see cref="MaxReferences"/>, no duplicates.</param>
    /// <param name="endorsements">Other physicians' agreement, at most <see cref="MaxEndorsements"/>: one per physician, none by the author.</param>
    /// <param name="helpedAsker">Whether the asker marked it "this helped": a bounded boost in ranking, never a pin.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is malformed, blank, too long or inconsistent, or a list holds a null, a duplicate or too many items (the exception names it).</exception>
    public Answer(
        string id,
        string body,
        string? headline = null,
        Physician? author = null,
        DateTimeOffset? postedAt = null,
        VoteTally votes = default,
        DateTimeOffset? lastEditedAt = null,
        AnswerStatus status = AnswerStatus.Published,
        string? hiddenReason = null,
        Disclosure? disclosure = null,
        IEnumerable<Reference>? references = null,
        IEnumerable<Endorsement>? endorsements = null,
        bool helpedAsker = false)
    {
        Id = Guard.Identifier(id, "answer id");
        Body = Guard.NotBlank(body, "answer body");
        Headline = Guard.OptionalText(headline, "headline");
        Author = author;
        PostedAt = postedAt;
        Votes = votes;
        if (lastEditedAt < postedAt)
        {
            throw Guard.Invalid("The last edit must not be before the answer was posted.", nameof(lastEditedAt));
        }

        LastEditedAt = lastEditedAt;
        Status = Guard.Defined(status);
        HiddenReason = Guard.OptionalText(hiddenReason);
        if ((status == AnswerStatus.Hidden) != (hiddenReason is not null))
        {
            throw Guard.Invalid(
                status == AnswerStatus.Hidden ? "A hidden answer needs the reason it was hidden." : $"Only a hidden answer has a hidden reason; this one is {status}.",
                nameof(hiddenReason));
        }

        Disclosure = disclosure;
        References = Guard.DistinctItems(references, static reference => reference is not null, MaxReferences);
        Endorsements = Guard.NotNullItems(endorsements);
        Guard.MaxCount(Endorsements.Length, MaxEndorsements, nameof(endorsements));
        Guard.DistinctIds(Endorsements, static endorsement => endorsement.PhysicianId, nameof(endorsements));
        if (author is not null && Endorsements.Any(endorsement => endorsement.PhysicianId == author.Id))
        {
            throw Guard.Invalid($"The author ({Guard.Echo(author.Id)}) cannot endorse their own answer.", nameof(endorsements));
        }

        HelpedAsker = helpedAsker;
    }

    /// <summary>A stable identifier, unique within its thread.</summary>
    public string Id { get; }

    /// <summary>The answer's text, as written; blank lines separate paragraphs.</summary>
    [RequiresMedicalDisclaimer]
    public string Body { get; }

    /// <summary>The headline, when the physician gave one.</summary>
    [RequiresMedicalDisclaimer]
    public string? Headline { get; }

    /// <summary>The physician who wrote it, when shown.</summary>
    public Physician? Author { get; }

    /// <summary>When it was posted, when known (schema.org <c>datePublished</c>).</summary>
    public DateTimeOffset? PostedAt { get; }

    /// <summary>When it was last edited, when it was (schema.org <c>dateModified</c>); votes cast before then are unlocked.</summary>
    public DateTimeOffset? LastEditedAt { get; }

    /// <summary>Its helpful and unhelpful votes.</summary>
    public VoteTally Votes { get; }

    /// <summary>Its moderation status; only published answers are shown.</summary>
    public AnswerStatus Status { get; }

    /// <summary>Whether it is published: rendered, counted and emitted in JSON-LD.</summary>
    public bool IsPublished => Status == AnswerStatus.Published;

    /// <summary>Why a moderator hid it, when it is hidden.</summary>
    public string? HiddenReason { get; }

    /// <summary>The author's conflict-of-interest disclosure; null when none was stated.</summary>
    public Disclosure? Disclosure { get; }

    /// <summary>The sources it cites.</summary>
    public ImmutableArray<Reference> References { get; }

    /// <summary>Other physicians' agreement: distinct physicians, never the author.</summary>
    public ImmutableArray<Endorsement> Endorsements { get; }

    /// <summary>Whether the asker marked it "this helped".</summary>
    public bool HelpedAsker { get; }

    /// <summary>The answer's paragraphs: the body split at blank lines, each trimmed, none empty.</summary>
    [RequiresMedicalDisclaimer]
    public IReadOnlyList<string> Paragraphs => TextParagraphs.Split(Body);

    /// <summary>The same answer in another lifecycle state.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="hiddenReason">Why it is hidden: required for <see cref="AnswerStatus.Hidden"/>, null otherwise.</param>
    /// <returns>The moved answer.</returns>
    /// <exception cref="InvalidOperationException">The move is not allowed from the current status (the message names both, see <see cref="AnswerLifecycle"/>).</exception>
    /// <exception cref="ArgumentException">The reason is missing, present when not hiding, blank or too long.</exception>
    public Answer MoveTo(AnswerStatus status, string? hiddenReason = null)
    {
        AnswerLifecycle.EnsureCanMove(Status, status);
        return Copy(status: status, hiddenReason: hiddenReason);
    }

    /// <summary>Submits a draft for review.</summary>
    /// <returns>The answer, pending review.</returns>
    /// <exception cref="InvalidOperationException">It is not a draft.</exception>
    public Answer Submit() => MoveTo(AnswerStatus.PendingReview);

    /// <summary>Publishes an answer pending review, or a hidden one again.</summary>
    /// <returns>The published answer.</returns>
    /// <exception cref="InvalidOperationException">It is a draft, already published, or removed.</exception>
    public Answer Publish() => MoveTo(AnswerStatus.Published);

    /// <summary>Hides the answer for a stated reason.</summary>
    /// <param name="reason">Why, such as "Suspected spam"; non-blank, at most 200 characters.</param>
    /// <returns>The hidden answer.</returns>
    /// <exception cref="InvalidOperationException">It is a draft, already hidden, or removed.</exception>
    /// <exception cref="ArgumentException">The reason is null, blank or too long.</exception>
    public Answer Hide(string reason) => MoveTo(AnswerStatus.Hidden, Guard.NotBlank(reason, Guard.MaxLineLength));

    /// <summary>Removes the answer for good.</summary>
    /// <returns>The removed answer.</returns>
    /// <exception cref="InvalidOperationException">It is already removed.</exception>
    public Answer Remove() => MoveTo(AnswerStatus.Removed);

    /// <summary>The same answer with another tally, such as a <see cref="VoteLedger.Tally"/>.</summary>
    /// <param name="votes">The tally.</param>
    /// <returns>The answer with the tally.</returns>
    public Answer WithVotes(VoteTally votes) => Copy(votes: votes);

    /// <summary>Value equality, comparing the lists item by item.</summary>
    /// <param name="other">The other answer.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Answer? other)
        => other is not null
            && Id == other.Id
            && Body == other.Body
            && Headline == other.Headline
            && Author == other.Author
            && PostedAt == other.PostedAt
            && LastEditedAt == other.LastEditedAt
            && Votes == other.Votes
            && Status == other.Status
            && HiddenReason == other.HiddenReason
            && Disclosure == other.Disclosure
            && References.SequenceEqual(other.References)
            && Endorsements.SequenceEqual(other.Endorsements)
            && HelpedAsker == other.HelpedAsker;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Body, Headline, Author, PostedAt, Votes, Status, References.Length);

    private Answer Copy(VoteTally? votes = null, AnswerStatus? status = null, string? hiddenReason = null)
        => new(Id, Body, Headline, Author, PostedAt, votes ?? Votes, LastEditedAt, status ?? Status,
            status is null ? HiddenReason : hiddenReason, Disclosure, References, Endorsements, HelpedAsker);
}
