namespace MedQa.EntityFrameworkCore;

/// <summary>
/// A question as a row: its slug is the key. The thread's disclaimer is stored with it as an owned value
/// (<see cref="DisclaimerRecord"/>), so every thread keeps the disclaimer it was published with.
/// </summary>
public sealed class QuestionRecord
{
    /// <summary>The longest slug, title or account id stored.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The question's slug (<see cref="Question.Id"/>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The question's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The question's details, if any.</summary>
    public string? Body { get; set; }

    /// <summary>The topic, if any.</summary>
    public string? Topic { get; set; }

    /// <summary>When it was asked (UTC), if known.</summary>
    public DateTimeOffset? AskedAt { get; set; }

    /// <summary>The account that asked it, or null for imported questions.</summary>
    public string? AskedBy { get; set; }

    /// <summary>When a physician last reviewed the thread.</summary>
    public DateOnly? LastReviewed { get; set; }

    /// <summary>The physician who last reviewed the thread (<see cref="QaThread.ReviewedBy"/>), if any.</summary>
    public string? ReviewedById { get; set; }

    /// <summary>The thread's disclaimer.</summary>
    public DisclaimerRecord Disclaimer { get; set; } = new();

    /// <summary>The question's answers, in every state.</summary>
    public List<AnswerRecord> Answers { get; set; } = [];

    /// <summary>The row for a question and its thread's disclaimer.</summary>
    /// <param name="question">The question.</param>
    /// <param name="disclaimer">The thread's disclaimer.</param>
    /// <param name="askedBy">The account that asked, if any.</param>
    /// <param name="lastReviewed">When a physician last reviewed the thread.</param>
    /// <param name="reviewedById">The reviewing physician's id (store the physician separately).</param>
    /// <returns>A new, detached row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> or <paramref name="disclaimer"/> is null.</exception>
    public static QuestionRecord From(Question question, MedicalDisclaimer disclaimer, string? askedBy = null, DateOnly? lastReviewed = null, string? reviewedById = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(disclaimer);
        return new QuestionRecord
        {
            Id = question.Id,
            Title = question.Title,
            Body = question.Body,
            Topic = question.Topic,
            AskedAt = question.AskedAt?.ToUniversalTime(),
            AskedBy = askedBy,
            LastReviewed = lastReviewed,
            ReviewedById = reviewedById,
            Disclaimer = DisclaimerRecord.From(disclaimer),
        };
    }

    /// <summary>The question this row holds; validated again by <see cref="Question"/>'s constructor.</summary>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentException">The row holds a value MedQa rejects (edited outside MedQa).</exception>
    public Question ToQuestion() => new(Id, Title, Body, Topic, AskedAt);
}
