using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Resolves the values bodies give to views and view components (<see cref="ViewArgument"/>), once the view graph
/// knows every view, into call facts of those bodies: a model goes to the target view's <see cref="ViewModelSlot"/>,
/// a view component argument to the parameter of its <c>Invoke</c>/<c>InvokeAsync</c> that MVC binds it to (by name,
/// case-insensitive; a single parameter takes a whole non-anonymous argument).
/// </summary>
internal static class ViewArguments
{
    [MethodImpl(HotPath.RunOnce)]
    public static void Resolve(RenderContext context, ViewGraph views, IReadOnlyList<UnitFacts> units)
    {
        Dictionary<string, List<UnitFacts>>? components = null;
        var resolved = new HashSet<MethodSummary>();
        foreach (var unit in units)
        {
            foreach (var body in unit.Bodies)
            {
                if (body.ViewArguments.Count == 0 || !resolved.Add(body))
                {
                    continue;
                }

                components ??= ViewComponentsByName(context, units);
                foreach (var argument in body.ViewArguments)
                {
                    foreach (var target in Targets(context, views, components, unit, argument))
                    {
                        body.Calls.Add(new CallFact(target, argument.Value, argument.Location));
                    }
                }
            }
        }
    }

    private static IEnumerable<object> Targets(RenderContext context, ViewGraph views, Dictionary<string, List<UnitFacts>> components, UnitFacts unit, ViewArgument argument)
    {
        switch (argument.Kind)
        {
            case ViewArgumentKind.Partial when unit.ViewPath is { } path && views.ResolveView(argument.Name, path) is { } partial:
                yield return new ViewModelSlot(partial.Type);
                break;
            case ViewArgumentKind.View or ViewArgumentKind.PartialView when unit is { Kind: UnitKind.Action, ControllerName: { } controller, Key: IMethodSymbol action }:
                foreach (var candidate in MvcConventions.ViewCandidates(unit.Area, controller, argument.Name ?? MvcConventions.ActionName(action)))
                {
                    if (views.ViewAt(candidate) is { } view)
                    {
                        yield return new ViewModelSlot(view.Type);
                        break;
                    }
                }

                break;
            case ViewArgumentKind.ComponentView when unit.Kind == UnitKind.ViewComponent:
                var name = MvcConventions.ViewComponentName(context, unit.Type);
                var file = (argument.Name ?? "Default") + ".cshtml";
                foreach (var view in views.Views)
                {
                    if (view.ViewPath is { } viewPath && MvcConventions.IsViewComponentView(viewPath, name)
                        && string.Equals(ViewPaths.FileName(viewPath), file, StringComparison.OrdinalIgnoreCase))
                    {
                        yield return new ViewModelSlot(view.Type);
                    }
                }

                break;
            case ViewArgumentKind.ViewComponent:
                foreach (var component in Components(components, views, argument.Name, argument.Type))
                {
                    foreach (var parameter in InvokeParameters(component.Type, argument.Parameter))
                    {
                        yield return parameter;
                    }
                }

                break;
            case ViewArgumentKind.ViewComponentTag:
                foreach (var (tagHelper, invoked) in unit.Structure.ViewComponentTags)
                {
                    if (!SymbolEqualityComparer.Default.Equals(tagHelper, argument.Type))
                    {
                        continue;
                    }

                    foreach (var component in Components(components, views, invoked, null))
                    {
                        foreach (var parameter in InvokeParameters(component.Type, argument.Parameter))
                        {
                            yield return parameter;
                        }
                    }
                }

                break;
        }
    }

    private static IEnumerable<UnitFacts> Components(Dictionary<string, List<UnitFacts>> components, ViewGraph views, string? name, INamedTypeSymbol? type)
    {
        if (type is not null)
        {
            if (views.ByType(type) is { Kind: UnitKind.ViewComponent } byType)
            {
                yield return byType;
            }
        }
        else if (name is not null && components.TryGetValue(name, out var byName))
        {
            foreach (var component in byName)
            {
                yield return component;
            }
        }
    }

    // MVC's view component method: a public instance Invoke or InvokeAsync.
    private static IEnumerable<IParameterSymbol> InvokeParameters(INamedTypeSymbol component, string? name)
    {
        foreach (var member in component.GetMembers())
        {
            if (member is not IMethodSymbol { Name: "Invoke" or "InvokeAsync", MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } invoke)
            {
                continue;
            }

            foreach (var parameter in invoke.Parameters)
            {
                if (name is null ? invoke.Parameters.Length == 1 : string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    yield return parameter.OriginalDefinition;
                }
            }
        }
    }

    private static Dictionary<string, List<UnitFacts>> ViewComponentsByName(RenderContext context, IReadOnlyList<UnitFacts> units)
    {
        var byName = new Dictionary<string, List<UnitFacts>>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            if (unit.Kind != UnitKind.ViewComponent)
            {
                continue;
            }

            var name = MvcConventions.ViewComponentName(context, unit.Type);
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            list.Add(unit);
        }

        return byName;
    }
}
