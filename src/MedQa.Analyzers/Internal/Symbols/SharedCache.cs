using System.Collections.Concurrent;
using System.Collections.Generic;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The per-compilation caches' dictionaries, which every body's walk fills concurrently: with the default of one
/// lock per core, two threads adding different symbols often wait for each other, and a waiting thread's time
/// counts as the analyzer's. Many lock stripes and a first size past the usual project's symbol count keep adds apart
/// and spare the all-locks resize.
/// </summary>
internal static class SharedCache
{
    private const int LockStripes = 64;

    private const int InitialCapacity = 4096;

    public static ConcurrentDictionary<TKey, TValue> Create<TKey, TValue>(IEqualityComparer<TKey> comparer)
        where TKey : notnull
        => new(LockStripes, InitialCapacity, comparer);
}
