using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Solves a body's locals (and lambdas' results, pattern variables, builders appended to): each is the join of
/// everything assigned to it. A worklist evaluates every assignment once, then again only when a local it read has
/// grown, so a chain of N locals costs O(N) evaluations whatever the order of the walk, not one pass per link.
/// </summary>
internal sealed class LocalSolver
{
    private readonly ContentEvaluator _evaluator;
    private readonly LocalTable _locals;

    // Kept from one body to the next (a walker solves one body after another): most bodies would otherwise allocate
    // these anew, and allocation was a sixth of a walk's samples (benchmarks/README.md, ninth session).
    private readonly Queue<int> _queue = new();
    private readonly List<ISymbol> _reads = [];
    private readonly Stack<List<int>> _spareReaderLists = new();
    private Dictionary<ISymbol, List<int>> _readers = new(SymbolEqualityComparer.Default);
    private bool[] _queued = [];
    private bool[] _seen = [];

    public LocalSolver(ContentEvaluator evaluator, LocalTable locals)
    {
        _evaluator = evaluator;
        _locals = locals;
    }

    /// <summary>How many assignments the last <see cref="Solve"/> evaluated (a test checks this stays linear).</summary>
    public int Evaluations { get; private set; }

    [MethodImpl(HotPath.Optimized)]
    public void Solve(IReadOnlyList<(ISymbol Target, IOperation Value)> assignments)
    {
        Evaluations = 0;
        var count = assignments.Count;
        if (count == 0)
        {
            return; // most bodies assign no local
        }

        if (_queued.Length < count)
        {
            _queued = new bool[Math.Max(count, 2 * _queued.Length)];
            _seen = new bool[_queued.Length];
        }
        else
        {
            Array.Clear(_queued, 0, count);
            Array.Clear(_seen, 0, count);
        }

        for (var i = 0; i < count; i++)
        {
            _queue.Enqueue(i);
            _queued[i] = true;
        }

        try
        {
            Run(assignments);
        }
        finally
        {
            Release();
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Run(IReadOnlyList<(ISymbol Target, IOperation Value)> assignments)
    {
        while (_queue.Count > 0)
        {
            var index = _queue.Dequeue();
            _queued[index] = false;
            var (target, value) = assignments[index];

            // What an assignment reads does not change between evaluations: record it the first time only.
            var firstTime = !_seen[index];
            _seen[index] = true;
            _reads.Clear();
            _evaluator.Reads = firstTime ? _reads : null;
            var result = _evaluator.Evaluate(value);
            _evaluator.Reads = null;
            Evaluations++;
            if (firstTime)
            {
                foreach (var read in _reads)
                {
                    if (!_readers.TryGetValue(read, out var list))
                    {
                        _readers[read] = list = _spareReaderLists.Count > 0 ? _spareReaderLists.Pop() : [];
                    }

                    list.Add(index);
                }
            }

            var known = _locals[target];
            var joined = known.Join(result);
            if (!Grew(known, joined))
            {
                continue;
            }

            _locals.Set(target, joined);
            if (_readers.TryGetValue(target, out var dependents))
            {
                foreach (var dependent in dependents)
                {
                    if (!_queued[dependent])
                    {
                        _queued[dependent] = true;
                        _queue.Enqueue(dependent);
                    }
                }
            }
        }
    }

    // Leaves nothing of this body for the next: the queue empty (also after an exception), the readers' lists spare.
    private void Release()
    {
        _queue.Clear();
        _reads.Clear();
        foreach (var list in _readers.Values)
        {
            list.Clear();
            _spareReaderLists.Push(list);
        }

        _readers = Scratch.Emptied(_readers);
    }

    // The lattice only grows under Join: it grew when it became content or bare, or gained a dependency or parameter.
    [MethodImpl(HotPath.Optimized)]
    private static bool Grew(ContentValue before, ContentValue after)
        => (after.IsContent && !before.IsContent)
        || (after.Bare is not null && before.Bare is null)
        || (!after.IsContent && (after.Dependencies.Length != before.Dependencies.Length || after.Parameters.Length != before.Parameters.Length));
}
