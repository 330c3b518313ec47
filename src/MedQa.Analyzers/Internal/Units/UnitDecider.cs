using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The last stage: with the compilation's flow and view graph, decides per unit whether it renders content
/// (its own sinks, and call sites whose argument a callee renders) and whether it is covered (it, what it calls or
/// renders inside it, or its layout chain renders the disclaimer; or every unit that renders it as a piece is covered).
/// </summary>
internal sealed class UnitDecider
{
    private readonly FlowGraph _flow;
    private readonly ViewGraph _views;
    private readonly List<UnitFacts> _units;
    private readonly Dictionary<UnitFacts, SinkEvent> _firstContent = [];
    private readonly HashSet<object> _renders;
    private readonly HashSet<UnitFacts> _covered;
    private readonly Dictionary<UnitFacts, LayoutChain> _chains = [];

    /// <param name="context">The compilation's symbols.</param>
    /// <param name="units">Every unit of the compilation.</param>
    /// <param name="byOwner">Every body's summary by its owner's original definition (<see cref="UnitRegistry.SummariesByOwner"/>).</param>
    [MethodImpl(HotPath.RunOnce)]
    public UnitDecider(RenderContext context, List<UnitFacts> units, IReadOnlyDictionary<ISymbol, MethodSummary> byOwner)
    {
        _units = units;
        _views = new ViewGraph(context, units);
        ViewArguments.Resolve(context, _views, units); // models and view component arguments become call facts before the flow is solved
        _flow = new FlowGraph(byOwner.Values);

        // Only an undecided unit that renders content is judged, and a piece is judged by the units that render it:
        // coverage is solved from those and their ancestors, not from every unit of a large project.
        var judged = new List<UnitFacts>();
        foreach (var unit in units)
        {
            if (!unit.Decided && FirstContent(unit, _flow) is { } first)
            {
                _firstContent[unit] = first;
                judged.Add(unit);
            }
        }

        var asked = Ancestors(judged);
        var roots = new List<object>(asked.Count);
        foreach (var unit in asked)
        {
            roots.Add(ChainOf(unit));
        }

        _renders = Fixpoint.Solve(
            roots,
            node => node is ISymbol symbol && byOwner.TryGetValue(symbol, out var summary) && summary.RendersDisclaimer,
            node => RenderInputs(node, byOwner),
            Quantifier.Any,
            FlowNodeComparer.Instance);

        // A piece (partial, child component, view component's view) is covered when every unit that renders it is.
        _covered = Fixpoint.Solve(
            asked,
            unit => _renders.Contains(ChainOf(unit)),
            unit => _views.Parents(unit),
            Quantifier.All,
            EqualityComparer<UnitFacts>.Default);
    }

    public FlowGraph Flow => _flow;

    /// <summary>The undecided units that render content without the disclaimer, each with its first rendering and the member it shows.</summary>
    public IEnumerable<(UnitFacts Unit, SinkEvent Event, string Member)> Violations()
    {
        // Ordered by name and symbol, each key built once (not twice per comparison), and only for the violations:
        // a display string per unit of a large project costs more than deciding them all.
        var ordered = new List<(string Key, UnitFacts Unit, SinkEvent First)>();
        foreach (var unit in _units)
        {
            if (_firstContent.TryGetValue(unit, out var first) && !_covered.Contains(unit))
            {
                ordered.Add((unit.Name + "|" + unit.Key.ToDisplayString(), unit, first));
            }
        }

        ordered.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (_, unit, first) in ordered)
        {
            yield return (unit, first, _flow.NameOf(first.Value));
        }
    }

    /// <summary>The unit's first rendering (by file and position) that carries content, as <paramref name="flow"/> resolves it.</summary>
    public static SinkEvent? FirstContent(UnitFacts unit, FlowGraph? flow)
    {
        SinkEvent? first = null;
        foreach (var body in unit.Bodies)
        {
            foreach (var sink in body.Sinks)
            {
                Consider(sink);
            }

            if (flow is null)
            {
                continue;
            }

            foreach (var call in body.Calls)
            {
                if (flow.ReachesSink(call.Parameter))
                {
                    Consider(new SinkEvent(call.Location, call.Argument)); // the callee renders what this call site passes
                }
            }

            if (unit.Kind == UnitKind.Handler && body.Owner is IMethodSymbol handler && ReturnsText(handler))
            {
                foreach (var returned in body.ReturnSites)
                {
                    Consider(returned); // a minimal-API handler's returned string is the response
                }
            }
        }

        return first;

        void Consider(SinkEvent sink)
        {
            var content = flow is null ? sink.Value.IsContent || sink.Value.Bare is not null : flow.IsContent(sink.Value);
            if (content && (first is null || Compare(sink.Location, first.Location) < 0))
            {
                first = sink;
            }
        }
    }

    private static bool ReturnsText(IMethodSymbol handler)
    {
        var type = handler.ReturnType;
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task && task.Name is "Task" or "ValueTask")
        {
            type = task.TypeArguments[0];
        }

        return type.SpecialType == SpecialType.System_String;
    }

    private IEnumerable<object> RenderInputs(object node, IReadOnlyDictionary<ISymbol, MethodSummary> byOwner)
    {
        switch (node)
        {
            case LayoutChain chain:
                yield return chain.Unit;
                if (_views.Layout(chain.Unit) is { } layout)
                {
                    yield return ChainOf(layout);
                }

                break;
            case UnitFacts unit:
                foreach (var body in unit.Bodies)
                {
                    yield return Key(body.Owner);
                }

                foreach (var target in _views.Edges(unit))
                {
                    // An action renders its view with the view's layout; anything else renders the piece itself.
                    yield return unit.Kind == UnitKind.Action ? ChainOf(target) : target;
                }

                break;
            case ISymbol symbol when byOwner.TryGetValue(symbol, out var summary):
                foreach (var callee in summary.Callees)
                {
                    yield return callee;
                }

                break;
        }
    }

    private static ISymbol Key(ISymbol owner) => owner.OriginalDefinition;

    // The units given, and every unit that renders one of them as a piece, through any number of parents.
    private List<UnitFacts> Ancestors(List<UnitFacts> units)
    {
        var seen = new HashSet<UnitFacts>(units);
        var result = new List<UnitFacts>(units);
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var parent in _views.Parents(result[i]))
            {
                if (seen.Add(parent))
                {
                    result.Add(parent);
                }
            }
        }

        return result;
    }

    private LayoutChain ChainOf(UnitFacts unit)
    {
        if (!_chains.TryGetValue(unit, out var chain))
        {
            _chains[unit] = chain = new LayoutChain(unit);
        }

        return chain;
    }

    private static int Compare(Location left, Location right)
    {
        var byFile = string.CompareOrdinal(left.SourceTree?.FilePath, right.SourceTree?.FilePath);
        return byFile != 0 ? byFile : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
    }

    /// <summary>The fixpoint node "this unit or its layout chain renders the disclaimer".</summary>
    private sealed class LayoutChain(UnitFacts unit)
    {
        public UnitFacts Unit { get; } = unit;
    }
}
