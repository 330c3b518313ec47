using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// A per-compilation memo of answers that are cheap to compute and asked of nearly every operation (is this member
/// marked, what do the API lists say of this method, what traits has this type), kept per thread with no lock. The
/// answers are <see cref="int"/>s (flags, packed bits): a dictionary of a struct of MedQa's own would be generic code
/// the JIT compiles in every build.
/// </summary>
/// <remarks>
/// <para>
/// The compiler walks bodies on as many threads as it likes, usually more than the machine's cores. With one shared
/// <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>, every first answer takes a lock
/// stripe, and a thread preempted while holding it makes the others spin or wait; the compiler's clock counts that
/// waiting as the analyzer's time (a third of MEDQA001's time on a 2-core build). Each thread computing an answer
/// once for itself costs less than any sharing.
/// </para>
/// <para>
/// Each thread looks a key up by reference first (<see cref="ReferenceTable"/>), then by the key's own equality (a
/// symbol's, which walks its definition and containing symbols on every hash and compare). The compiler keeps one
/// object per declared symbol, so a definition read again is answered by the cheap first level; an equal symbol in
/// another object (a type with other nullable annotations, a generic type constructed anew at another use, and its
/// members) by the second. The share of each was not measured; the walk's CPU went down with it (benchmarks/README.md).
/// </para>
/// </remarks>
internal sealed class PerThreadCache<TKey>
    where TKey : class
{
    private readonly ThreadLocal<Levels> _levels;
    private readonly Func<TKey, int>? _compute;

    /// <param name="comparer">How keys compare.</param>
    /// <param name="compute">The answer for a key, for <see cref="Get"/>; null when the owner fills the cache itself with <see cref="Set"/>.</param>
    public PerThreadCache(IEqualityComparer<TKey> comparer, Func<TKey, int>? compute = null)
    {
        _levels = new ThreadLocal<Levels>(() => new Levels(comparer), trackAllValues: false);
        _compute = compute;
    }

    /// <summary>The answer for <paramref name="key"/>, computed on this thread's first ask.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Get(TKey key)
    {
        var levels = _levels.Value!;
        if (levels.ByReference.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!levels.ByEquality.TryGetValue(key, out value))
        {
            value = (_compute ?? throw new InvalidOperationException("This cache has no compute function."))(key);
            levels.ByEquality[key] = value;
        }

        levels.ByReference.Set(key, value);
        return value;
    }

    /// <summary>This thread's answer for <paramref name="key"/>, if it has one.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryGetValue(TKey key, out int value)
    {
        var levels = _levels.Value!;
        if (levels.ByReference.TryGetValue(key, out value))
        {
            return true;
        }

        if (levels.ByEquality.TryGetValue(key, out value))
        {
            levels.ByReference.Set(key, value);
            return true;
        }

        return false;
    }

    /// <summary>Records this thread's answer for <paramref name="key"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Set(TKey key, int value)
    {
        var levels = _levels.Value!;
        levels.ByReference.Set(key, value);
        levels.ByEquality[key] = value;
    }

    private sealed class Levels(IEqualityComparer<TKey> comparer)
    {
        public ReferenceTable ByReference { get; } = new();

        public Dictionary<TKey, int> ByEquality { get; } = new(comparer);
    }
}
