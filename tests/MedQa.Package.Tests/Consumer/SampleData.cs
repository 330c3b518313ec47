using MedQa;

namespace Consumer;

/// <summary>A small thread for the pages and components.</summary>
public static class SampleData
{
    public static QaThread Thread { get; } = new(
        new Question("is-it-safe", "Is it safe?"),
        [new Answer("yes", "Usually, with the right technique.")],
        MedicalDisclaimer.Standard);
}
