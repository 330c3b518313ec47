using System.Collections.Generic;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The limit on what a reused walker keeps between bodies (<see cref="WalkerPool"/>): a dictionary is cleared in time
/// proportional to its capacity, not its count, so one that a large body filled is dropped rather than cleared.
/// </summary>
internal static class Scratch
{
    /// <summary>The most entries a dictionary may have held and still be cleared for the next body.</summary>
    public const int KeptEntries = 64;

    /// <summary>
    /// <paramref name="dictionary"/> cleared, or a new empty one with its comparer when it held more than
    /// <see cref="KeptEntries"/>: assign the result back.
    /// </summary>
    public static Dictionary<TKey, TValue> Emptied<TKey, TValue>(Dictionary<TKey, TValue> dictionary)
        where TKey : notnull
    {
        if (dictionary.Count > KeptEntries)
        {
            return new Dictionary<TKey, TValue>(dictionary.Comparer);
        }

        dictionary.Clear();
        return dictionary;
    }
}
