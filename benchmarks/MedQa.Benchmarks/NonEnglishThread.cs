using MedQa.Samples;

namespace MedQa.Benchmarks;

/// <summary>
/// The seed thread's shape (the same answers, authors and votes, bodies of the same length) in German and Spanish, so a
/// render measures text full of umlauts, accents and "¿": the case the default encoder once wrote as character references.
/// </summary>
internal static class NonEnglishThread
{
    private const string German = "Bei der Sklerotherapie größerer Venen können Blutgerinnsel entstehen; Übelkeit, Ödeme und Schmerzen "
        + "sind selten, aber ärztlich zu prüfen. ";

    private const string Spanish = "¿Qué riesgos tiene la escleroterapia? Después del tratamiento puede aparecer un coágulo; la "
        + "compresión y caminar a diario reducen el riesgo. ";

    internal static QaThread Build()
    {
        var seed = SeedThread.Build();
        var answers = seed.Answers.Select((answer, i) => new Answer(
            answer.Id,
            SameLength(i % 2 == 0 ? German : Spanish, answer.Body.Length),
            answer.Headline is null ? null : (i % 2 == 0 ? "Risiken der Sklerotherapie" : "Riesgos de la escleroterapia"),
            answer.Author,
            answer.PostedAt,
            answer.Votes));
        var question = new Question(seed.Question.Id, "Wie häufig entstehen Blutgerinnsel während einer Sklerotherapie?", SameLength(German, seed.Question.Body?.Length ?? 200), "Sklerotherapie", seed.Question.AskedAt);
        return new QaThread(question, answers, seed.Disclaimer, seed.LastReviewed);
    }

    private static string SameLength(string sentence, int length)
        => string.Concat(Enumerable.Repeat(sentence, (length / sentence.Length) + 1))[..length].TrimEnd() + ".";
}
