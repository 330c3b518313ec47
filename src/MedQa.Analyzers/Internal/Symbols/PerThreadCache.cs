using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// A per-compilation memo of answers that are cheap to compute and asked of nearly every operation (is this member
/// marked, what do the API lists say of this method, what traits has this type), kept per thread with no lock.
/// </summary>
/// <remarks>
/// The compiler walks bodies on as many threads as it likes, usually more than the machine's cores. With one shared
/// <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>, every first answer takes a lock
/// stripe, and a thread preempted while holding it makes the others spin or wait; the compiler's clock counts that
/// waiting as the analyzer's time (a third of MEDQA001's time on a 2-core build). Each thread computing an answer
/// once for itself costs less than any sharing.
/// </remarks>
internal sealed class PerThreadCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ThreadLocal<Dictionary<TKey, TValue>> _maps;
    private readonly Func<TKey, TValue>? _compute;

    /// <param name="comparer">How keys compare.</param>
    /// <param name="compute">The answer for a key, for <see cref="Get"/>; null when the owner fills <see cref="ForThisThread"/> itself.</param>
    public PerThreadCache(IEqualityComparer<TKey> comparer, Func<TKey, TValue>? compute = null)
    {
        _maps = new ThreadLocal<Dictionary<TKey, TValue>>(() => new Dictionary<TKey, TValue>(comparer), trackAllValues: false);
        _compute = compute;
    }

    /// <summary>The calling thread's answers: read and write it on that thread only.</summary>
    public Dictionary<TKey, TValue> ForThisThread => _maps.Value!;

    /// <summary>The answer for <paramref name="key"/>, computed on this thread's first ask.</summary>
    [MethodImpl(HotPath.Optimized)]
    public TValue Get(TKey key)
    {
        var map = ForThisThread;
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = (_compute ?? throw new InvalidOperationException("This cache has no compute function."))(key);
        }

        return value;
    }
}
