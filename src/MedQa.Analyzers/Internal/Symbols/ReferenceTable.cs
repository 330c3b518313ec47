using System.Runtime.CompilerServices;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// An <see cref="int"/> per object, found by reference: the first level of <see cref="SharedMemo{TKey}"/>.
/// </summary>
/// <remarks>
/// A <c>Dictionary&lt;TKey, int&gt;</c> with a reference comparer runs the runtime's shared generic code, which calls
/// the comparer through an interface for each hash and each compare; this table hashes with
/// <see cref="RuntimeHelpers.GetHashCode(object)"/> and compares with <see cref="object.ReferenceEquals"/> inline.
/// Open addressing with linear probing, at most half full, never shrinks; one thread at a time.
/// </remarks>
internal sealed class ReferenceTable
{
    // A thread's table holds one entry per symbol it asked of (thousands in a large project): a small start was
    // regrown many times, and the regrowth was 3% of MEDQA001's samples (benchmarks/analyzer/history/session-08.md).
    private const int DefaultCapacity = 1024;

    private object?[] _keys;
    private int[] _values;

    /// <param name="initialCapacity">A power of two (tests start small, to grow often).</param>
    /// <exception cref="System.ArgumentOutOfRangeException">Not a positive power of two.</exception>
    public ReferenceTable(int initialCapacity = DefaultCapacity)
    {
        if (initialCapacity <= 0 || (initialCapacity & (initialCapacity - 1)) != 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity, "The capacity must be a positive power of two.");
        }

        _keys = new object?[initialCapacity];
        _values = new int[initialCapacity];
    }

    /// <summary>How many keys it holds.</summary>
    public int Count { get; private set; }

    [MethodImpl(HotPath.Optimized)]
    public bool TryGetValue(object key, out int value)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        for (var slot = RuntimeHelpers.GetHashCode(key) & mask; ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (ReferenceEquals(found, key))
            {
                value = _values[slot];
                return true;
            }

            if (found is null)
            {
                value = 0;
                return false;
            }
        }
    }

    /// <summary>Records <paramref name="value"/> for <paramref name="key"/>, replacing an earlier one.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Set(object key, int value)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        if (Place(_keys, _values, key, value))
        {
            Count++;
        }
    }

    // True when the key was new.
    [MethodImpl(HotPath.Optimized)]
    private static bool Place(object?[] keys, int[] values, object key, int value)
    {
        var mask = keys.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (keys[slot] is { } found && !ReferenceEquals(found, key))
        {
            slot = (slot + 1) & mask;
        }

        var added = keys[slot] is null;
        keys[slot] = key;
        values[slot] = value;
        return added;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Grow()
    {
        var keys = new object?[_keys.Length * 2];
        var values = new int[keys.Length];
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] is { } key)
            {
                Place(keys, values, key, _values[slot]);
            }
        }

        _keys = keys;
        _values = values;
    }
}
