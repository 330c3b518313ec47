using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MedQa.Serialization;

namespace MedQa;

/// <summary>
/// A question, its physicians' answers and the mandatory medical disclaimer, as one aggregate: the unit that
/// host apps load, store and render.
/// </summary>
/// <remarks>
/// A thread cannot exist without its disclaimer. Answers keep the order given (the site's order); use
/// <see cref="AnswerRanking"/> to order them for display. Instances are immutable, validated at
/// construction, and compare by value, answers included. System.Text.Json reads and writes it in the wire format
/// (<see cref="QaThreadJsonConverter"/>), never as its .NET properties.
/// </remarks>
[JsonConverter(typeof(QaThreadJsonConverter))]
public sealed record QaThread
{
    /// <summary>The most answers a thread may hold: 1,000, so that no stored or posted thread can make rendering or ranking unbounded.</summary>
    public const int MaxAnswers = 1_000;

    /// <summary>Creates a thread.</summary>
    /// <param name="question">The patient's question.</param>
    /// <param name="answers">The physicians' answers, with distinct ids; may be empty; at most <see cref="MaxAnswers"/>.</param>
    /// <param name="disclaimer">The medical disclaimer shown with the answers; required.</param>
    /// <param name="lastReviewed">When the page's medical content was last reviewed, when known.</param>
    /// <param name="reviewedBy">The physician who last reviewed the page's medical content, when known (schema.org <c>reviewedBy</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> or <paramref name="disclaimer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="answers"/> contains a null or two answers with the same id, or more than <see cref="MaxAnswers"/>.</exception>
    public QaThread(Question question, IEnumerable<Answer> answers, MedicalDisclaimer disclaimer, DateOnly? lastReviewed = null, Physician? reviewedBy = null)
    {
        Question = Guard.NotNull(question, "question");
        Answers = Guard.NotNull(answers, "answers").ToImmutableArray();
        Guard.MaxCount(Answers.Length, MaxAnswers, nameof(answers));
        Disclaimer = Guard.NotNull(disclaimer, "disclaimer");
        LastReviewed = lastReviewed;
        ReviewedBy = reviewedBy;
        Guard.DistinctIds(Answers, static answer => answer.Id, nameof(answers));
    }

    /// <summary>The patient's question.</summary>
    public Question Question { get; }

    /// <summary>The physicians' answers in the site's order, in every lifecycle state: use <see cref="PublishedAnswers"/> or <see cref="RankedAnswers"/> to show them.</summary>
    [RequiresMedicalDisclaimer]
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>The medical disclaimer shown with the answers.</summary>
    public MedicalDisclaimer Disclaimer { get; }

    /// <summary>When the page's medical content was last reviewed, when known (schema.org <c>lastReviewed</c>).</summary>
    public DateOnly? LastReviewed { get; }

    /// <summary>The published answers, in the site's order: the ones a page shows, counts and emits in JSON-LD.</summary>
    [RequiresMedicalDisclaimer]
    public ImmutableArray<Answer> PublishedAnswers => Answers.All(static answer => answer.IsPublished)
        ? Answers
        : [.. Answers.Where(static answer => answer.IsPublished)];

    /// <summary>The physician who last reviewed the page's medical content, when known (schema.org <c>reviewedBy</c>).</summary>
    public Physician? ReviewedBy { get; }

    /// <summary>The published answers in the given order, ready to render; drafts, pending, hidden and removed answers are left out.</summary>
    /// <param name="order">The ranking; <see cref="AnswerOrder.Helpfulness"/> by default.</param>
    /// <param name="confidence">For <see cref="AnswerOrder.Helpfulness"/>: the Wilson interval's confidence level.</param>
    /// <returns>The answers in that order; ties keep the site's order (the order of <see cref="Answers"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The order is undefined or the confidence is not strictly between 0 and 1.</exception>
    [RequiresMedicalDisclaimer]
    public ImmutableArray<Answer> RankedAnswers(AnswerOrder order = AnswerOrder.Helpfulness, double confidence = WilsonScore.DefaultConfidence)
        => AnswerRanking.Order(PublishedAnswers, order, confidence);

    /// <summary>The distinct authors of the answers, best-rated first (<see cref="PhysicianRanking.OrderAuthors"/>): each physician once, answers without an author skipped.</summary>
    /// <param name="prior">The prior of the Bayesian average; <see cref="RatingPrior.Default"/> when null.</param>
    /// <returns>The authors, best-rated first; empty when no answer has an author.</returns>
    public ImmutableArray<Physician> RankedAuthors(RatingPrior? prior = null) => PhysicianRanking.OrderAuthors(this, prior);

    /// <summary>Value equality, comparing the answers item by item.</summary>
    /// <param name="other">The thread to compare with; null is never equal.</param>
    /// <returns><see langword="true"/> when the question, the answers (in order), the disclaimer and the review date are equal.</returns>
    public bool Equals(QaThread? other)
        => other is not null
            && Question == other.Question
            && Answers.SequenceEqual(other.Answers)
            && Disclaimer == other.Disclaimer
            && LastReviewed == other.LastReviewed
            && ReviewedBy == other.ReviewedBy;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Question, Answers.Length, Disclaimer, LastReviewed);
}
