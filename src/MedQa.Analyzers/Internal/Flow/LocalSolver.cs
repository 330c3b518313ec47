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

    public LocalSolver(ContentEvaluator evaluator, LocalTable locals)
    {
        _evaluator = evaluator;
        _locals = locals;
    }

    /// <summary>How many assignments were evaluated (a test checks this stays linear).</summary>
    public int Evaluations { get; private set; }

    [MethodImpl(HotPath.Optimized)]
    public void Solve(IReadOnlyList<(ISymbol Target, IOperation Value)> assignments)
    {
        if (assignments.Count == 0)
        {
            return; // most bodies assign no local: nothing to allocate
        }

        var readers = new Dictionary<ISymbol, List<int>>(SymbolEqualityComparer.Default);
        var queue = new Queue<int>();
        var queued = new bool[assignments.Count];
        var seen = new bool[assignments.Count];
        for (var i = 0; i < assignments.Count; i++)
        {
            queue.Enqueue(i);
            queued[i] = true;
        }

        while (queue.Count > 0)
        {
            var index = queue.Dequeue();
            queued[index] = false;
            var (target, value) = assignments[index];

            // What an assignment reads does not change between evaluations: record it the first time only.
            List<ISymbol>? reads = seen[index] ? null : [];
            seen[index] = true;
            _evaluator.Reads = reads;
            var result = _evaluator.Evaluate(value);
            _evaluator.Reads = null;
            Evaluations++;
            if (reads is not null)
            {
                foreach (var read in reads)
                {
                    if (!readers.TryGetValue(read, out var list))
                    {
                        readers[read] = list = [];
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
            if (readers.TryGetValue(target, out var dependents))
            {
                foreach (var dependent in dependents)
                {
                    if (!queued[dependent])
                    {
                        queued[dependent] = true;
                        queue.Enqueue(dependent);
                    }
                }
            }
        }
    }

    // The lattice only grows under Join: it grew when it became content or bare, or gained a dependency or parameter.
    [MethodImpl(HotPath.Optimized)]
    private static bool Grew(ContentValue before, ContentValue after)
        => (after.IsContent && !before.IsContent)
        || (after.Bare is not null && before.Bare is null)
        || (!after.IsContent && (after.Dependencies.Length != before.Dependencies.Length || after.Parameters.Length != before.Parameters.Length));
}
