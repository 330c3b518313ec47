namespace MedQa;

/// <summary>
/// A physician's answer to the question: an optional headline, the body, the author when shown, when it was
/// posted, and its votes. Answer content: a page that renders it must render the <see cref="MedicalDisclaimer"/>.
/// </summary>
/// <remarks>
/// The author is optional because sites show some answers with no author at all. Instances are immutable,
/// validated at construction, and compare by value.
/// </remarks>
[RequiresMedicalDisclaimer]
public sealed record Answer
{
    /// <summary>Creates an answer.</summary>
    /// <param name="id">A stable identifier, unique within its thread: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <param name="body">The answer's text; required. Blank lines separate paragraphs.</param>
    /// <param name="headline">A headline, such as "Risks of Sclerotherapy"; optional, at most 200 characters.</param>
    /// <param name="author">The physician who wrote it, when shown.</param>
    /// <param name="postedAt">When it was posted, when known.</param>
    /// <param name="votes">Its votes; <see cref="VoteTally.None"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is malformed, blank or too long (the exception names it).</exception>
    public Answer(
        string id,
        string body,
        string? headline = null,
        Physician? author = null,
        DateTimeOffset? postedAt = null,
        VoteTally votes = default)
    {
        Id = Guard.Identifier(id, "answer id");
        Body = Guard.NotBlank(body, "answer body");
        Headline = Guard.OptionalText(headline, "headline");
        Author = author;
        PostedAt = postedAt;
        Votes = votes;
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

    /// <summary>When it was posted, when known.</summary>
    public DateTimeOffset? PostedAt { get; }

    /// <summary>Its helpful and unhelpful votes.</summary>
    public VoteTally Votes { get; }

    /// <summary>The answer's paragraphs: the body split at blank lines, each trimmed, none empty.</summary>
    [RequiresMedicalDisclaimer]
    public IReadOnlyList<string> Paragraphs => TextParagraphs.Split(Body);
}
