using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace MedQa.Analyzers.Internal;

/// <summary>How a node's inputs decide it in <see cref="Fixpoint.Solve"/>.</summary>
internal enum Quantifier
{
    /// <summary>A node holds when one of its inputs holds (reachability: "returns content", "renders the disclaimer").</summary>
    Any,

    /// <summary>A node holds when it has inputs and all of them hold ("every page that renders this partial is covered").</summary>
    All,
}

/// <summary>
/// The one fixpoint every MEDQA001 summary goes through: the least set of nodes closed under "seeded, or decided by
/// its inputs". A worklist over reverse edges, so each edge is visited once (linear), no depth limit is needed, a
/// cycle is never cut short, and nothing provisional is ever cached: a node is only ever added, once it holds.
/// </summary>
internal static class Fixpoint
{
    /// <summary>The most nodes one solve accepts; beyond it the analysis reports MEDQA000 instead of a silent guess.</summary>
    public const int MaxNodes = 2_000_000;

    [MethodImpl(HotPath.Optimized)]
    public static HashSet<T> Solve<T>(IEnumerable<T> roots, Func<T, bool> seed, Func<T, IEnumerable<T>> inputs, Quantifier quantifier, IEqualityComparer<T> comparer)
        where T : notnull
    {
        var index = new Dictionary<T, int>(comparer);
        var nodes = new List<T>();
        var dependents = new List<List<int>?>();
        var needed = new List<int>();
        var pending = new Stack<int>();

        int Intern(T node)
        {
            if (index.TryGetValue(node, out var id))
            {
                return id;
            }

            if (nodes.Count >= MaxNodes)
            {
                throw new InvalidOperationException($"more than {MaxNodes} flow nodes");
            }

            id = nodes.Count;
            index[node] = id;
            nodes.Add(node);
            dependents.Add(null);
            needed.Add(0);
            pending.Push(id);
            return id;
        }

        foreach (var root in roots)
        {
            Intern(root);
        }

        // Discover every node reachable through inputs, and count what each needs.
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            var edges = 0;
            foreach (var input in inputs(nodes[id]))
            {
                var from = Intern(input);
                (dependents[from] ??= []).Add(id);
                edges++;
            }

            needed[id] = edges == 0 ? int.MaxValue : quantifier == Quantifier.Any ? 1 : edges;
        }

        var holds = new HashSet<T>(comparer);
        var queue = new Queue<int>();
        for (var id = 0; id < nodes.Count; id++)
        {
            if (seed(nodes[id]) && holds.Add(nodes[id]))
            {
                queue.Enqueue(id);
            }
        }

        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (dependents[id] is not { } waiting)
            {
                continue;
            }

            foreach (var dependent in waiting)
            {
                if (needed[dependent] != int.MaxValue && --needed[dependent] == 0 && holds.Add(nodes[dependent]))
                {
                    queue.Enqueue(dependent);
                }
            }
        }

        return holds;
    }
}
