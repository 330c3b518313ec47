using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// A per-compilation memo of answers that are cheap to compute and asked of nearly every operation (is this member
/// marked, what do the API lists say of this method, what traits has this type): one answer per key for the whole
/// compilation, shared by the compiler's threads. The answers are <see cref="int"/>s (flags, packed bits): a
/// dictionary of a struct of MedQa's own would be generic code the JIT compiles in every build.
/// </summary>
/// <remarks>
/// <para>
/// Two levels. Each thread (or a view's one user, <see cref="ForOneUser"/>) first looks the key up by reference in a
/// table of its own (<see cref="ReferenceTable"/>), with no lock: the compiler keeps one object per declared symbol,
/// so a definition read again is answered there. A miss goes to the shared level, by the key's own equality (an equal
/// symbol in another object: a type with other nullable annotations, a generic type constructed anew at another use,
/// and its members).
/// </para>
/// <para>
/// The shared level is read without a lock (<see cref="ConcurrentDictionary{TKey, TValue}.TryGetValue"/>), and only on
/// a thread's first ask of an object; a write takes one of many lock stripes, with nothing computed under it: once per
/// key for a computed answer (<see cref="Get"/>), once per call of <see cref="Set"/>. It holds each answer boxed: a
/// dictionary of references alone runs the runtime's precompiled shared code, while one of <see cref="int"/> values
/// is compiled in every build and ran quick-JIT code through a whole build (23 of MEDQA001's samples in one profile:
/// benchmarks/analyzer/history/session-08.md).
/// </para>
/// <para>
/// The memo was shared once before (one dictionary per fact, read by the key's equality at every ask, until cdc65cc)
/// and then kept per thread, which computed each answer once per thread that asked: in a 2-core build six threads ran
/// MEDQA001, two of them with 94% of its CPU samples, so most answers twice (benchmarks/analyzer/history/session-07.md).
/// Answers are pure functions of the key, so two threads that compute one at once agree, and the first stored is the
/// one every thread returns.
/// </para>
/// </remarks>
internal sealed class SharedMemo<TKey>
    where TKey : class
{
    // Stripes for the first answers' writes: more than the compiler's threads, so that they seldom meet.
    private const int WriteStripes = 64;
    private const int InitialCapacity = 1024;

    private readonly ThreadLocal<ReferenceTable>? _byThread; // the first level of a memo shared by threads
    private readonly ReferenceTable? _own; // the first level of a view for one user at a time (ForOneUser)
    private readonly ConcurrentDictionary<TKey, object> _shared; // boxed ints (remarks)
    private readonly Func<TKey, int>? _compute;

    /// <param name="comparer">How keys compare.</param>
    /// <param name="compute">The answer for a key, for <see cref="Get"/>; null when the owner fills the memo itself with <see cref="Set"/>.</param>
    public SharedMemo(IEqualityComparer<TKey> comparer, Func<TKey, int>? compute = null)
    {
        _byThread = new ThreadLocal<ReferenceTable>(() => new ReferenceTable(), trackAllValues: false);
        _shared = new ConcurrentDictionary<TKey, object>(WriteStripes, InitialCapacity, comparer);
        _compute = compute;
    }

    private SharedMemo(SharedMemo<TKey> shared)
    {
        _own = new ReferenceTable();
        _shared = shared._shared;
        _compute = shared._compute;
    }

    /// <summary>
    /// This memo's answers through a first level of the caller's own: for one user at a time (a walker, which one
    /// thread uses for a whole body), so that an ask reads no thread-local slot. The answers are the same ones: the
    /// shared level is this memo's.
    /// </summary>
    /// <remarks>
    /// Each ask of the thread-local table reads a thread-static slot; on the compiler server's threads that went
    /// through the runtime's thread-static lookup, <c>ThreadLocal.Value</c> was 4% of MEDQA001's CPU samples in a warm
    /// build (benchmarks/analyzer/history/session-20.md).
    /// </remarks>
    public SharedMemo<TKey> ForOneUser() => new(this);

    private ReferenceTable FirstLevel
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _own ?? _byThread!.Value!;
    }

    /// <summary>The answer for <paramref name="key"/>, computed on the compilation's first ask.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Get(TKey key)
    {
        var byReference = FirstLevel;
        if (byReference.TryGetValue(key, out var value))
        {
            return value;
        }

        if (_shared.TryGetValue(key, out var stored))
        {
            value = (int)stored;
        }
        else
        {
            value = (_compute ?? throw new InvalidOperationException("This memo has no compute function."))(key);
            value = (int)_shared.GetOrAdd(key, value);
        }

        byReference.Set(key, value);
        return value;
    }

    /// <summary>The answer for <paramref name="key"/>, if one was computed or set.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryGetValue(TKey key, out int value)
    {
        var byReference = FirstLevel;
        if (byReference.TryGetValue(key, out value))
        {
            return true;
        }

        if (_shared.TryGetValue(key, out var stored))
        {
            value = (int)stored;
            byReference.Set(key, value);
            return true;
        }

        return false;
    }

    /// <summary>Records the answer for <paramref name="key"/>; another thread that read the key before keeps the answer it read.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Set(TKey key, int value)
    {
        FirstLevel.Set(key, value);
        _shared[key] = value;
    }
}
