using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The one fixpoint: the least solution, whatever the order of the roots, with cycles.</summary>
public sealed class FixpointTests
{
    [Fact]
    public void Solve_MutualRecursionWithContentOnOneSide_BothHold()
    {
        // A => B + ..., B => A + content: both return content, in either order of analysis.
        var inputs = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["A"] };
        foreach (var roots in new[] { new[] { "A", "B" }, ["B", "A"], ["A"], ["B"] })
        {
            var holds = Fixpoint.Solve(roots, node => node == "B", node => inputs[node], Quantifier.Any, StringComparer.Ordinal);
            Assert.Equal(["A", "B"], holds.Order());
        }
    }

    [Fact]
    public void Solve_CycleWithoutSeed_NothingHolds()
    {
        var inputs = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["A"] };
        Assert.Empty(Fixpoint.Solve(["A"], _ => false, node => inputs[node], Quantifier.Any, StringComparer.Ordinal));
    }

    [Fact]
    public void Solve_All_HoldsOnlyWhenEveryInputHolds()
    {
        // A partial rendered by a covered page and an uncovered one is not covered; one rendered only by covered pages is.
        var parents = new Dictionary<string, string[]>
        {
            ["Covered"] = [], ["Uncovered"] = [], ["Shared"] = ["Covered", "Uncovered"], ["Only"] = ["Covered"], ["Nested"] = ["Only"],
        };
        var holds = Fixpoint.Solve(parents.Keys, node => node == "Covered", node => parents[node], Quantifier.All, StringComparer.Ordinal);
        Assert.Equal(["Covered", "Nested", "Only"], holds.Order());
    }

    [Fact]
    public void Solve_All_NodeWithoutInputs_NeverHoldsUnlessSeeded()
        => Assert.Empty(Fixpoint.Solve(["Orphan"], _ => false, _ => [], Quantifier.All, StringComparer.Ordinal));

    [Property(MaxTest = 200)]
    public bool Solve_Any_EqualsNaiveIteration(int[][] edges, bool[] seeds, int rotation)
    {
        var size = Math.Max(1, Math.Min(8, edges.Length));
        var inputs = Enumerable.Range(0, size).Select(i => i < edges.Length && edges[i] is { } row
            ? row.Select(target => ((target % size) + size) % size).ToArray()
            : []).ToArray();
        bool IsSeed(int node) => node < seeds.Length && seeds[node];

        var naive = new HashSet<int>(Enumerable.Range(0, size).Where(IsSeed));
        for (var changed = true; changed;)
        {
            changed = false;
            for (var node = 0; node < size; node++)
            {
                if (!naive.Contains(node) && inputs[node].Any(naive.Contains))
                {
                    changed |= naive.Add(node);
                }
            }
        }

        var shift = ((rotation % size) + size) % size;
        var roots = Enumerable.Range(0, size).Select(i => (i + shift) % size);
        var solved = Fixpoint.Solve(roots, IsSeed, node => inputs[node], Quantifier.Any, EqualityComparer<int>.Default);
        return solved.SetEquals(naive);
    }
}
