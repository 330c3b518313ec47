namespace MedQa.Analyzers.Internal;

/// <summary>
/// The limit on what a reused walker keeps between bodies (<see cref="WalkerPool"/>): a dictionary is cleared in time
/// proportional to its capacity, not its count, so one that a large body filled is dropped rather than cleared.
/// </summary>
internal static class Scratch
{
    /// <summary>The most entries a dictionary may have held and still be cleared for the next body.</summary>
    public const int KeptEntries = 64;
}
