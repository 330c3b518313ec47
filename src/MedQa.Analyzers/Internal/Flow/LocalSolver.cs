using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Solves a body's locals (and lambdas' results, pattern variables, builders appended to) on demand: each is the
/// join of everything assigned to it, worked out when a fact of the body (a sink argument, a return, a call, a
/// store) first reads it. A worklist evaluates each assignment of a local that was read once, then again only when
/// a local it read has grown, so a chain of N locals costs O(N) evaluations whatever the order of the walk.
/// </summary>
/// <remarks>
/// Solving only what is read is exact: a local's value depends only on the assignments of the locals it reads, and
/// each of those is solved as soon as an evaluation reads it. It is also cheaper: most locals of most bodies (loop
/// counters, services, builders of log lines) reach no fact, and evaluating them was a fifth of a walk
/// (benchmarks/analyzer/history/session-11.md).
/// </remarks>
internal sealed class LocalSolver
{
    private readonly LocalTable _locals;

    // Kept from one body to the next (a walker solves one body after another): most bodies would otherwise allocate
    // these anew, and allocation was a sixth of a walk's samples (benchmarks/analyzer/history/session-09.md).
    private readonly Queue<int> _queue = new();
    private readonly List<ISymbol> _reads = [];
    private readonly Stack<List<int>> _spareLists = new();
    private Dictionary<ISymbol, List<int>> _readers = new(SymbolEqualityComparer.Default);
    private Dictionary<ISymbol, List<int>> _unsolved = new(SymbolEqualityComparer.Default);
    private IReadOnlyList<(ISymbol Target, IOperation Value)> _assignments = [];
    private bool _indexed;
    private bool _running;
    private bool[] _queued = [];
    private bool[] _seen = [];

    public LocalSolver(LocalTable locals) => _locals = locals;

    /// <summary>How many assignments the current body has evaluated so far (a test checks this stays linear).</summary>
    public int Evaluations { get; private set; }

    /// <summary>Starts a body: its assignments, none of them evaluated until a local they assign is read.</summary>
    public void Begin(IReadOnlyList<(ISymbol Target, IOperation Value)> assignments)
    {
        Evaluations = 0;
        _assignments = assignments;
        _indexed = false;
    }

    /// <summary>
    /// What <paramref name="local"/> may carry. Read outside a solve, the answer is final: the local and every local
    /// it depends on are solved first. Read by an assignment being solved, it is the value so far, and the solve
    /// re-evaluates that assignment if it grows.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ContentValue ValueOf(ISymbol local, ContentEvaluator evaluator)
    {
        if (_assignments.Count == 0)
        {
            return ContentValue.None; // most bodies assign no local
        }

        if (!_indexed)
        {
            Index();
        }

        if (_unsolved.TryGetValue(local, out var indices))
        {
            _unsolved.Remove(local);
            foreach (var index in indices)
            {
                Enqueue(index);
            }

            indices.Clear();
            _spareLists.Push(indices);
            if (!_running)
            {
                Run(evaluator);
            }
        }

        return _locals[local];
    }

    /// <summary>Leaves nothing of this body for the next: the queue empty (also after an exception), the lists spare.</summary>
    public void Clear()
    {
        _queue.Clear();
        _reads.Clear();
        _running = false;
        _indexed = false;
        _assignments = [];
        _readers = Release(_readers);
        _unsolved = Release(_unsolved);
    }

    // Which assignments set each local: built at the body's first read of a local, so a body whose facts read none pays nothing.
    private void Index()
    {
        _indexed = true;
        var count = _assignments.Count;
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
            ListOf(_unsolved, _assignments[i].Target).Add(i);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Run(ContentEvaluator evaluator)
    {
        _running = true;
        var outerReads = evaluator.Reads;
        try
        {
            while (_queue.Count > 0)
            {
                var index = _queue.Dequeue();
                _queued[index] = false;
                var (target, value) = _assignments[index];

                // What an assignment reads does not change between evaluations: record it the first time only.
                var firstTime = !_seen[index];
                _seen[index] = true;
                _reads.Clear();
                evaluator.Reads = firstTime ? _reads : null;
                var result = evaluator.EvaluateAssignment(target, value); // reads locals through ValueOf: those not solved yet join the queue
                evaluator.Reads = null;
                Evaluations++;
                if (firstTime)
                {
                    foreach (var read in _reads)
                    {
                        ListOf(_readers, read).Add(index);
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
                        Enqueue(dependent);
                    }
                }
            }
        }
        finally
        {
            evaluator.Reads = outerReads;
            _running = false;
        }
    }

    private void Enqueue(int index)
    {
        if (!_queued[index])
        {
            _queued[index] = true;
            _queue.Enqueue(index);
        }
    }

    private List<int> ListOf(Dictionary<ISymbol, List<int>> lists, ISymbol key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = _spareLists.Count > 0 ? _spareLists.Pop() : [];
        }

        return list;
    }

    private Dictionary<ISymbol, List<int>> Release(Dictionary<ISymbol, List<int>> lists)
    {
        foreach (var list in lists.Values)
        {
            list.Clear();
            _spareLists.Push(list);
        }

        return Scratch.Emptied(lists);
    }

    // The lattice only grows under Join: it grew when it became content or bare, or gained a dependency or parameter.
    [MethodImpl(HotPath.Optimized)]
    private static bool Grew(ContentValue before, ContentValue after)
        => (after.IsContent && !before.IsContent)
        || (after.Bare is not null && before.Bare is null)
        || (!after.IsContent && (after.Dependencies.Length != before.Dependencies.Length || after.Parameters.Length != before.Parameters.Length));
}
