namespace MedQa.EntityFrameworkCore;

/// <summary>A physician and their published answers, for a profile page.</summary>
/// <param name="Physician">The physician.</param>
/// <param name="Answers">Their published answers with the questions they answer, newest position first.</param>
public sealed record PhysicianProfile(Physician Physician, IReadOnlyList<ProfileAnswer> Answers);

/// <summary>One answer on a profile page.</summary>
/// <param name="QuestionId">The question's slug.</param>
/// <param name="QuestionTitle">The question's title.</param>
/// <param name="Answer">The answer.</param>
public sealed record ProfileAnswer(string QuestionId, string QuestionTitle, Answer Answer);
