namespace MedQa.EntityFrameworkCore;

/// <summary>Bounds on what one query loads.</summary>
internal static class QaThreadLimits
{
    /// <summary>The most answers read for one thread or profile page.</summary>
    public const int MaxAnswers = 1_000;

    /// <summary>The most answers a moderation queue lists at once.</summary>
    public const int MaxQueue = 200;
}
