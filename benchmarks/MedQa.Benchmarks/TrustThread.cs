using MedQa.Samples;

namespace MedQa.Benchmarks;

/// <summary>
/// The seed thread with issue 12's trust facts on every answer (two references, three endorsements, an edit date, a
/// disclosure), a reviewer and one hidden answer: what the renderers write beyond the seed page.
/// </summary>
internal static class TrustThread
{
    internal static QaThread Build()
    {
        var seed = SeedThread.Build();
        Reference[] references =
        [
            new("Sclerotherapy (MedlinePlus)", new Uri("https://medlineplus.gov/ency/article/007610.htm")),
            new("Deep vein thrombosis (NHS)", new Uri("https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/")),
        ];
        Endorsement[] endorsements = [new("endorser-1"), new("endorser-2"), new("endorser-3")];
        var answers = seed.Answers.Select((answer, i) => new Answer(
            answer.Id, answer.Body, answer.Headline, answer.Author, answer.PostedAt, answer.Votes,
            lastEditedAt: answer.PostedAt?.AddDays(2),
            disclosure: i % 2 == 0 ? Disclosure.None : Disclosure.Of("Consultant to a maker of sclerosants."),
            references: references,
            endorsements: endorsements));
        var hidden = new Answer("hidden-spam", "Buy my cream.", status: AnswerStatus.Hidden, hiddenReason: "Suspected spam");
        return new QaThread(seed.Question, [.. answers, hidden], seed.Disclaimer, new DateOnly(2025, 6, 1), seed.Answers[1].Author);
    }
}
