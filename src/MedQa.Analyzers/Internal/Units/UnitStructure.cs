using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The Razor and MVC structure one body declares (collected by <see cref="StructureCollector"/>): its layout,
/// the partials, components, tag helpers and view components it renders, the views an action returns.
/// </summary>
internal sealed class UnitStructure
{
    /// <summary>Whether the view assigns <c>Layout</c>; <see cref="Layout"/> is then the name, or null for none.</summary>
    public bool SetsLayout { get; set; }

    public string? Layout { get; set; }

    public List<string> PartialNames { get; } = [];

    public List<string> ViewComponentNames { get; } = [];

    /// <summary>Razor's generated tag helper of each <c>&lt;vc:&gt;</c> tag, and the view component it invokes.</summary>
    public List<(INamedTypeSymbol TagHelper, string Name)> ViewComponentTags { get; } = [];

    /// <summary>Components, tag helpers and view components of this compilation it renders.</summary>
    public List<INamedTypeSymbol> Children { get; } = [];

    /// <summary>Views an action returns: the name (null for the action's own name) and whether as a partial.</summary>
    public List<(string? Name, bool Partial)> ReturnedViews { get; } = [];

    /// <summary>Layouts given to a router as <c>RouteView DefaultLayout</c>: the layout of every routable component without its own.</summary>
    public List<INamedTypeSymbol> DefaultLayouts { get; } = [];

    /// <summary>Nothing recorded: most bodies (a service's methods, a model's accessors) declare no structure.</summary>
    public bool IsEmpty => !SetsLayout && PartialNames.Count == 0 && ViewComponentNames.Count == 0 && ViewComponentTags.Count == 0
        && Children.Count == 0 && ReturnedViews.Count == 0 && DefaultLayouts.Count == 0;

    public void MergeInto(UnitStructure target)
    {
        if (IsEmpty)
        {
            return;
        }

        if (SetsLayout)
        {
            target.SetsLayout = true;
            target.Layout = Layout;
        }

        target.PartialNames.AddRange(PartialNames);
        target.ViewComponentNames.AddRange(ViewComponentNames);
        target.ViewComponentTags.AddRange(ViewComponentTags);
        target.Children.AddRange(Children);
        target.ReturnedViews.AddRange(ReturnedViews);
        target.DefaultLayouts.AddRange(DefaultLayouts);
    }
}
