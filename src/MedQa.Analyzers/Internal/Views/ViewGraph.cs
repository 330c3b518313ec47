using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// How the compilation's units render one another, resolved by MVC's and Blazor's rules once every unit is known:
/// partials, child components, tag helpers, view components and their views, the views actions return (edges, and
/// their reverse, parents), and each view's or component's layout.
/// </summary>
internal sealed class ViewGraph
{
    private readonly RenderContext _context;
    private readonly Dictionary<string, UnitFacts> _views = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ISymbol, UnitFacts> _byType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<UnitFacts, List<UnitFacts>> _edges = [];
    private readonly Dictionary<UnitFacts, List<UnitFacts>> _parents = [];
    private readonly Dictionary<UnitFacts, UnitFacts> _layouts = [];
    private readonly HashSet<UnitFacts> _partials = [];
    private readonly HashSet<UnitFacts> _layoutTargets = [];

    [MethodImpl(HotPath.RunOnce)]
    public ViewGraph(RenderContext context, IReadOnlyList<UnitFacts> units)
    {
        _context = context;
        INamedTypeSymbol? defaultLayout = null;
        foreach (var unit in units)
        {
            if (unit.ViewPath is not null)
            {
                _views[unit.ViewPath] = unit;
            }

            if (unit.Kind is not (UnitKind.Action or UnitKind.Handler))
            {
                _byType[unit.Type] = unit;
            }

            if (unit.Structure.DefaultLayouts.Count > 0)
            {
                defaultLayout ??= unit.Structure.DefaultLayouts[0];
            }
        }

        foreach (var unit in units)
        {
            AddEdges(unit, units);
        }

        foreach (var unit in units)
        {
            // Layouts named by a view or a _ViewStart (resolved from its own folder) run no _ViewStart themselves.
            if (unit.ViewPath is not null && unit.Structure.SetsLayout && Resolve(unit.Structure.Layout, unit.ViewPath) is { } target)
            {
                _layoutTargets.Add(target);
            }
        }

        foreach (var unit in units)
        {
            if (LayoutOf(unit, defaultLayout) is { } layout && layout != unit)
            {
                _layouts[unit] = layout;
            }
        }
    }

    /// <summary>What the unit renders inside it (partials, children, view components, an action's view).</summary>
    public IReadOnlyList<UnitFacts> Edges(UnitFacts unit) => _edges.TryGetValue(unit, out var list) ? list : [];

    /// <summary>The units that render this one as a piece of theirs.</summary>
    public IReadOnlyList<UnitFacts> Parents(UnitFacts unit) => _parents.TryGetValue(unit, out var list) ? list : [];

    public UnitFacts? Layout(UnitFacts unit) => _layouts.TryGetValue(unit, out var layout) ? layout : null;

    /// <summary>The compilation's Razor views.</summary>
    public IEnumerable<UnitFacts> Views => _views.Values;

    /// <summary>The view at an app-relative path, if the compilation has it.</summary>
    public UnitFacts? ViewAt(string path) => _views.TryGetValue(path, out var view) ? view : null;

    /// <summary>The unit of a type (view, component, view component, tag helper, class).</summary>
    public UnitFacts? ByType(INamedTypeSymbol type) => _byType.TryGetValue(type.OriginalDefinition, out var unit) ? unit : null;

    /// <summary>The view a layout or partial name refers to from the view at <paramref name="fromPath"/>, by MVC's lookup.</summary>
    public UnitFacts? ResolveView(string? name, string fromPath) => Resolve(name, fromPath);

    private void AddEdges(UnitFacts unit, IReadOnlyList<UnitFacts> units)
    {
        var structure = unit.Structure;
        if (unit.ViewPath is not null)
        {
            foreach (var name in structure.PartialNames)
            {
                AddEdge(unit, Resolve(name, unit.ViewPath), asPiece: true);
            }
        }

        foreach (var child in structure.Children)
        {
            AddEdge(unit, _byType.TryGetValue(child, out var target) ? target : null, asPiece: true);
        }

        foreach (var name in structure.ViewComponentNames)
        {
            foreach (var candidate in units)
            {
                if (candidate.Kind == UnitKind.ViewComponent && string.Equals(MvcConventions.ViewComponentName(_context, candidate.Type), name, StringComparison.OrdinalIgnoreCase))
                {
                    AddEdge(unit, candidate, asPiece: true);
                }
            }
        }

        if (unit.Kind == UnitKind.ViewComponent)
        {
            var name = MvcConventions.ViewComponentName(_context, unit.Type);
            foreach (var view in _views)
            {
                if (MvcConventions.IsViewComponentView(view.Key, name))
                {
                    AddEdge(unit, view.Value, asPiece: true);
                }
            }
        }

        if (unit is { Kind: UnitKind.Action, ControllerName: { } controller, Key: IMethodSymbol action })
        {
            foreach (var (name, partial) in structure.ReturnedViews)
            {
                foreach (var candidate in MvcConventions.ViewCandidates(unit.Area, controller, name ?? MvcConventions.ActionName(action)))
                {
                    if (_views.TryGetValue(candidate, out var view))
                    {
                        AddEdge(unit, view, asPiece: partial);
                        break;
                    }
                }
            }
        }
    }

    private void AddEdge(UnitFacts from, UnitFacts? to, bool asPiece)
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
        if (!asPiece)
        {
            return;
        }

        _partials.Add(to);
        if (!_parents.TryGetValue(to, out var parents))
        {
            _parents[to] = parents = [];
        }

        parents.Add(from);
    }

    private UnitFacts? LayoutOf(UnitFacts unit, INamedTypeSymbol? defaultLayout)
    {
        if (unit.Kind == UnitKind.Component)
        {
            var layout = unit.LayoutType ?? (unit.IsRoutable ? defaultLayout : null);
            return layout is not null && _byType.TryGetValue(layout.OriginalDefinition, out var target) ? target : null;
        }

        if (unit.ViewPath is not { } path)
        {
            return null;
        }

        if (unit.Structure.SetsLayout)
        {
            return Resolve(unit.Structure.Layout, path);
        }

        // Partials (by use), layouts and _ViewStart itself run no _ViewStart.
        if (_partials.Contains(unit) || _layoutTargets.Contains(unit) || IsViewStart(path))
        {
            return null;
        }

        for (var folder = ViewPaths.Folder(path); folder is not null; folder = ViewPaths.Parent(folder))
        {
            if (_views.TryGetValue(folder + "/_ViewStart.cshtml", out var viewStart) && viewStart.Structure.SetsLayout)
            {
                var layout = Resolve(viewStart.Structure.Layout, path);
                if (layout is not null)
                {
                    _layoutTargets.Add(layout);
                }

                return layout;
            }
        }

        return null;
    }

    private static bool IsViewStart(string path) => string.Equals(ViewPaths.FileName(path), "_ViewStart.cshtml", StringComparison.OrdinalIgnoreCase);

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
}
