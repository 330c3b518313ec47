namespace MedQa.Samples;

/// <summary>
/// A second, invented thread from a UK site: its disclaimer names 999, so pages that show it prove the layout shows
/// the thread's disclaimer, never the default's 911. Shared as a linked source file; the sample's
/// <c>Data/uk-thread.json</c> is its wire form.
/// </summary>
public static class UkThread
{
    /// <summary>The question's title.</summary>
    public const string Title = "Is Bruising Normal After Sclerotherapy";

    /// <summary>Builds the thread: the question, two answers and the UK (999) disclaimer.</summary>
    public static QaThread Build() => new(
        new Question(
            "is-bruising-normal-after-sclerotherapy",
            Title,
            body: "I had sclerotherapy on my legs last week and the injection sites are bruised. Is this expected, and when should I worry?",
            topic: "Sclerotherapy"),
        [
            new Answer(
                "bruising-is-common",
                "Bruising around the injection sites is common and usually fades within two to three weeks. Wearing your compression stockings as advised helps it settle.\n\nSeek urgent help if one leg becomes swollen, hot or painful, or if you become short of breath.",
                headline: "Bruising is common and settles",
                author: new Physician(
                    "amelia-hart",
                    name: "Amelia Hart",
                    credentials: [Credential.Parse("MBBS"), Credential.Parse("FRCS")],
                    specialty: "Vascular Surgeon",
                    city: "Leeds"),
                votes: new VoteTally(up: 9, down: 0)),
            new Answer(
                "ask-your-clinic",
                "Your clinic will have given you aftercare advice; if the bruising spreads or you are worried, ring them or NHS 111.",
                votes: new VoteTally(up: 2, down: 1)),
        ],
        MedicalDisclaimer.ForRegion("GB"));
}
