using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// A body's locals (and lambdas' results, pattern variables, builders) with what each may carry so far: written by
/// <see cref="LocalSolver"/>, read by <see cref="ContentEvaluator"/>.
/// </summary>
/// <remarks>
/// Each value sits in a slot object, so the table is a dictionary of references: the runtime's shared, precompiled
/// code serves it. A dictionary of <see cref="ContentValue"/> itself is generic code the JIT compiles anew in every
/// build, and runs unoptimized at first, on every local a body reads.
/// </remarks>
internal sealed class LocalTable
{
    private Dictionary<ISymbol, Slot> _slots = new(SymbolEqualityComparer.Default);

    /// <summary>What the local may carry so far; <see cref="ContentValue.None"/> for one not assigned yet.</summary>
    public ContentValue this[ISymbol local]
    {
        [MethodImpl(HotPath.Optimized)]
        get => _slots.TryGetValue(local, out var slot) ? slot.Value : ContentValue.None;
    }

    [MethodImpl(HotPath.Optimized)]
    public void Set(ISymbol local, ContentValue value)
    {
        if (_slots.TryGetValue(local, out var slot))
        {
            slot.Value = value;
        }
        else
        {
            _slots[local] = new Slot { Value = value };
        }
    }

    /// <summary>Empties the table for the next body; a large one is dropped, since clearing costs its capacity.</summary>
    public void Clear() => _slots = Scratch.Emptied(_slots);

    private sealed class Slot
    {
        public ContentValue Value;
    }
}
