using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The per-compilation state of MEDQA001: every method's summary and every render unit's facts, and the
/// resolution that decides, once all units are known, whether a unit renders the disclaimer itself or
/// through its callees, partial views, child components, view components, layout or parents.
/// </summary>
/// <remarks>Memoized depth-first searches over the call and view graphs, with a guard against cycles: linear, no fixpoint.</remarks>
internal sealed class RenderGraph
{
    private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> _methods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, UnitFacts> _units = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, bool> _analyzedTrees = new();

    // Resolution state, used only by the single-threaded compilation end.
    private readonly Dictionary<IMethodSymbol, bool> _returnsContent = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, bool> _rendersDisclaimer = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<UnitFacts, bool> _unitRenders = [];
    private readonly Dictionary<UnitFacts, bool> _satisfied = [];
    private readonly Dictionary<string, UnitFacts> _views = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<UnitFacts, List<UnitFacts>> _parents = [];
    private readonly Dictionary<UnitFacts, List<UnitFacts>> _edges = [];

    public RenderGraph(RenderSymbols symbols) => Symbols = symbols;

    public RenderSymbols Symbols { get; }

    public void AddMethod(IMethodSymbol method, MethodFacts facts) => _methods[method.OriginalDefinition] = facts;

    public void AddUnit(UnitFacts unit) => _units[unit.Type] = unit;

    /// <summary>Source files are analyzed; generated files only when Razor generated them (that is where views render).</summary>
    public bool IsAnalyzed(SyntaxTree tree) => _analyzedTrees.GetOrAdd(tree, static t => !GeneratedFiles.IsGenerated(t) || GeneratedFiles.IsRazor(t));

    /// <summary>
    /// The content events of a unit that can be decided alone (no view, component or other type involved); null when
    /// the decision must wait for the compilation end.
    /// </summary>
    public SinkEvent? DecideAlone(UnitFacts unit, out bool decided)
    {
        decided = false;
        if (unit.ViewPath is not null || unit.IsComponent || unit.IsRazor || Symbols.IsViewComponentType(unit.Type))
        {
            return null;
        }

        foreach (var sink in unit.Sinks)
        {
            if (sink.Via is not null)
            {
                return null;
            }
        }

        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>();
        foreach (var method in unit.Methods)
        {
            pending.Push(method);
        }

        while (pending.Count > 0)
        {
            var method = pending.Pop();
            if (!visited.Add(method))
            {
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, unit.Type) || !_methods.TryGetValue(method, out var facts))
            {
                return null; // Renders the disclaimer through another type, maybe: ask at the end.
            }

            if (facts.RendersDisclaimer)
            {
                decided = true;
                return null;
            }

            if (facts.Callees is not null)
            {
                foreach (var callee in facts.Callees)
                {
                    pending.Push(callee);
                }
            }
        }

        decided = true;
        return First(unit.Sinks, null);
    }

    /// <summary>The units left undecided that render content without the disclaimer, each with its first rendering.</summary>
    public IEnumerable<(UnitFacts Unit, SinkEvent Event)> Violations()
    {
        BuildViewGraph();
        var units = new List<UnitFacts>(_units.Values);
        units.Sort(static (a, b) => string.CompareOrdinal(a.Type.ToDisplayString(), b.Type.ToDisplayString()));
        foreach (var unit in units)
        {
            if (unit.Decided || unit.Sinks.Count == 0)
            {
                continue;
            }

            var first = First(unit.Sinks, this);
            if (first is not null && !Satisfied(unit, 0))
            {
                yield return (unit, first);
            }
        }
    }

    public string UnitName(UnitFacts unit) => unit.ViewPath ?? unit.Type.Name;

    private static SinkEvent? First(List<SinkEvent> sinks, RenderGraph? graph)
    {
        SinkEvent? first = null;
        foreach (var sink in sinks)
        {
            if (sink.Via is not null && (graph is null || !graph.ReturnsContent(sink.Via, 0)))
            {
                continue;
            }

            if (first is null || Compare(sink.Location, first.Location) < 0)
            {
                first = sink;
            }
        }

        return first;
    }

    private static int Compare(Location left, Location right)
    {
        var byFile = string.CompareOrdinal(left.SourceTree?.FilePath, right.SourceTree?.FilePath);
        return byFile != 0 ? byFile : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
    }

    private bool ReturnsContent(IMethodSymbol method, int depth)
    {
        if (_returnsContent.TryGetValue(method, out var known))
        {
            return known;
        }

        _returnsContent[method] = false; // cycle guard
        var result = false;
        if (depth < 256 && _methods.TryGetValue(method, out var facts))
        {
            result = facts.ReturnsContent;
            if (!result && facts.ReturnsContentOf is not null)
            {
                foreach (var callee in facts.ReturnsContentOf)
                {
                    if (ReturnsContent(callee, depth + 1))
                    {
                        result = true;
                        break;
                    }
                }
            }
        }

        _returnsContent[method] = result;
        return result;
    }

    private bool MethodRendersDisclaimer(IMethodSymbol method, int depth)
    {
        if (_rendersDisclaimer.TryGetValue(method, out var known))
        {
            return known;
        }

        _rendersDisclaimer[method] = false;
        var result = false;
        if (depth < 256 && _methods.TryGetValue(method, out var facts))
        {
            result = facts.RendersDisclaimer;
            if (!result && facts.Callees is not null)
            {
                foreach (var callee in facts.Callees)
                {
                    if (MethodRendersDisclaimer(callee, depth + 1))
                    {
                        result = true;
                        break;
                    }
                }
            }
        }

        _rendersDisclaimer[method] = result;
        return result;
    }

    // The unit renders the disclaimer itself, through its methods, or through what it renders inside it.
    private bool UnitRenders(UnitFacts unit, int depth)
    {
        if (_unitRenders.TryGetValue(unit, out var known))
        {
            return known;
        }

        _unitRenders[unit] = false;
        var result = false;
        foreach (var method in unit.Methods)
        {
            if (MethodRendersDisclaimer(method, 0))
            {
                result = true;
                break;
            }
        }

        if (!result && depth < 64 && _edges.TryGetValue(unit, out var targets))
        {
            foreach (var target in targets)
            {
                if (UnitRenders(target, depth + 1))
                {
                    result = true;
                    break;
                }
            }
        }

        _unitRenders[unit] = result;
        return result;
    }

    private bool Satisfied(UnitFacts unit, int depth)
    {
        if (_satisfied.TryGetValue(unit, out var known))
        {
            return known;
        }

        _satisfied[unit] = false;
        var result = UnitRenders(unit, 0) || LayoutRenders(unit, 0);
        if (!result && depth < 64 && _parents.TryGetValue(unit, out var parents) && parents.Count > 0)
        {
            // A partial or child component is covered when every page that shows it is.
            result = true;
            foreach (var parent in parents)
            {
                if (!Satisfied(parent, depth + 1))
                {
                    result = false;
                    break;
                }
            }
        }

        _satisfied[unit] = result;
        return result;
    }

    private bool LayoutRenders(UnitFacts unit, int depth)
    {
        var layout = depth < 16 ? EffectiveLayout(unit) : null;
        return layout is not null && layout != unit && (UnitRenders(layout, 0) || LayoutRenders(layout, depth + 1));
    }

    private UnitFacts? EffectiveLayout(UnitFacts unit)
    {
        var path = unit.ViewPath;
        if (path is null)
        {
            return null;
        }

        if (unit.SetsLayout)
        {
            return Resolve(unit.Layout, path);
        }

        if (ViewPaths.FileName(path).StartsWith("_", StringComparison.Ordinal))
        {
            return null; // Layouts, partials and _ViewStart itself run no _ViewStart.
        }

        // The nearest _ViewStart.cshtml that sets Layout wins.
        for (var folder = ViewPaths.Folder(path); folder is not null; folder = ViewPaths.Parent(folder))
        {
            if (_views.TryGetValue(folder + "/_ViewStart.cshtml", out var viewStart) && viewStart.SetsLayout)
            {
                return Resolve(viewStart.Layout, path);
            }
        }

        return null;
    }

    private UnitFacts? Resolve(string? name, string fromPath)
    {
        foreach (var candidate in ViewPaths.Candidates(name, fromPath))
        {
            if (_views.TryGetValue(candidate, out var view))
            {
                return view;
            }
        }

        return null;
    }

    private void BuildViewGraph()
    {
        foreach (var unit in _units.Values)
        {
            if (unit.ViewPath is not null)
            {
                _views[unit.ViewPath] = unit;
            }
        }

        foreach (var unit in _units.Values)
        {
            foreach (var name in unit.PartialNames)
            {
                if (unit.ViewPath is not null)
                {
                    AddEdge(unit, Resolve(name, unit.ViewPath));
                }
            }

            foreach (var child in unit.Children)
            {
                AddEdge(unit, _units.TryGetValue(child, out var target) ? target : null);
            }

            foreach (var name in unit.ViewComponentNames)
            {
                foreach (var candidate in _units.Values)
                {
                    if (Symbols.IsViewComponentType(candidate.Type)
                        && (string.Equals(candidate.Type.Name, name, StringComparison.OrdinalIgnoreCase)
                            || string.Equals(candidate.Type.Name, name + "ViewComponent", StringComparison.OrdinalIgnoreCase)))
                    {
                        AddEdge(unit, candidate);
                    }
                }
            }

            if (Symbols.IsViewComponentType(unit.Type))
            {
                // A view component renders its views, Components/<Name>/<View>.cshtml.
                var shortName = unit.Type.Name.EndsWith("ViewComponent", StringComparison.Ordinal)
                    ? unit.Type.Name.Substring(0, unit.Type.Name.Length - "ViewComponent".Length)
                    : unit.Type.Name;
                var marker = "/Components/" + shortName + "/";
                foreach (var view in _views)
                {
                    if (view.Key.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        AddEdge(unit, view.Value);
                    }
                }
            }
        }
    }

    private void AddEdge(UnitFacts from, UnitFacts? to)
    {
        if (to is null || to == from)
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = [];
        }

        targets.Add(to);
        if (!_parents.TryGetValue(to, out var parents))
        {
            _parents[to] = parents = [];
        }

        parents.Add(from);
    }
}
