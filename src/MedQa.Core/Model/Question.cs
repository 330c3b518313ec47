namespace MedQa;

/// <summary>A patient's question: a title, an optional body, the topic or procedure it is about, and when it was asked.</summary>
/// <remarks>Instances are immutable, validated at construction, and compare by value.</remarks>
public sealed record Question
{
    /// <summary>Creates a question.</summary>
    /// <param name="id">A stable identifier: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <param name="title">The question's title; required, at most 200 characters.</param>
    /// <param name="body">The question's longer text; optional.</param>
    /// <param name="topic">The topic or procedure, such as "Sclerotherapy"; optional.</param>
    /// <param name="askedAt">When the question was asked; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is malformed, blank or too long (the exception names it).</exception>
    public Question(string id, string title, string? body = null, string? topic = null, DateTimeOffset? askedAt = null)
    {
        Id = Guard.Identifier(id, "question id");
        Title = Guard.NotBlank(title, "question title", Guard.MaxLineLength);
        Body = Guard.OptionalText(body, "question body", Guard.MaxTextLength);
        Topic = Guard.OptionalText(topic, "topic");
        AskedAt = askedAt;
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; }

    /// <summary>The question's title.</summary>
    public string Title { get; }

    /// <summary>The question's longer text, when given.</summary>
    public string? Body { get; }

    /// <summary>The topic or procedure the question is about, such as "Sclerotherapy".</summary>
    public string? Topic { get; }

    /// <summary>When the question was asked, when known.</summary>
    public DateTimeOffset? AskedAt { get; }
}
