namespace MedQa.EntityFrameworkCore;

/// <summary>A line of the questions list: the question and how many published answers it has.</summary>
/// <param name="Id">The question's slug.</param>
/// <param name="Title">The question's title.</param>
/// <param name="Topic">The topic, if any.</param>
/// <param name="AskedAt">When it was asked (UTC), if known.</param>
/// <param name="PublishedAnswers">The number of published answers.</param>
public sealed record QuestionSummary(string Id, string Title, string? Topic, DateTimeOffset? AskedAt, int PublishedAnswers);
