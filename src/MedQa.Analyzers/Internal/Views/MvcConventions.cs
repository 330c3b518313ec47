using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// MVC's own discovery rules, reduced to what MEDQA001 needs: which classes are controllers and which methods
/// actions, where <c>View()</c> looks for a view (areas included), and how view components are named and find
/// their views.
/// </summary>
internal static class MvcConventions
{
    /// <summary>The class-name suffix of a controller by MVC's naming rule.</summary>
    public const string ControllerSuffix = "Controller";

    /// <summary>The class-name suffix of a view component by MVC's naming rule.</summary>
    public const string ViewComponentSuffix = "ViewComponent";

    /// <summary>
    /// MVC's rule for controllers, answered once per type (<see cref="RenderContext.IsControllerType"/>); a plain
    /// class (<see cref="TypeRelations.IsPlainClass"/>) only by its name, with no lookup.
    /// </summary>
    public static bool IsController(RenderContext context, INamedTypeSymbol type)
        => TypeRelations.IsPlainClass(type) ? IsNamedController(context.Types, type) : context.IsControllerType(type);

    /// <summary>MVC's rule: a public, concrete, non-generic class named <c>*Controller</c> or marked <c>[Controller]</c> in its chain, and not <c>[NonController]</c>.</summary>
    public static bool IsControllerType(FrameworkTypes types, INamedTypeSymbol type)
        => HasControllerShape(types, type)
        && !TypeRelations.HasAttribute(type, types.NonControllerAttribute)
        && (type.Name.EndsWith(ControllerSuffix, StringComparison.Ordinal) || HasControllerAttributeInChain(type, types.ControllerAttribute));

    public static bool IsAction(RenderContext context, IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsGenericMethod: false }
        && IsController(context, method.ContainingType)
        && !TypeRelations.HasAttribute(method, context.Types.NonActionAttribute);

    public static string ControllerName(INamedTypeSymbol controller) => TrimSuffix(controller.Name, ControllerSuffix);

    /// <summary>The action name MVC routes by (the <c>Async</c> suffix is dropped by default).</summary>
    public static string ActionName(IMethodSymbol action) => TrimSuffix(action.Name, "Async");

    public static string? Area(RenderContext context, INamedTypeSymbol controller)
    {
        for (var current = controller; current is not null; current = current.BaseType)
        {
            if (TypeRelations.FindAttribute(current, context.Types.AreaAttribute) is { ConstructorArguments.Length: 1 } area
                && area.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Where <c>View(name)</c> of an action looks, in MVC's order (a path starting with <c>~/</c> or <c>/</c> is taken as given).</summary>
    public static IEnumerable<string> ViewCandidates(string? area, string controller, string view)
    {
        if (view.StartsWith("~/", StringComparison.Ordinal) || view.StartsWith("/", StringComparison.Ordinal))
        {
            yield return view.StartsWith("~", StringComparison.Ordinal) ? view.Substring(1) : view;
            yield break;
        }

        var file = view.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? view : view + ".cshtml";
        if (area is not null)
        {
            yield return "/Areas/" + area + "/Views/" + controller + "/" + file;
            yield return "/Areas/" + area + "/Views/Shared/" + file;
        }

        yield return "/Views/" + controller + "/" + file;
        yield return "/Views/Shared/" + file;
        yield return "/Pages/Shared/" + file;
    }

    /// <summary>A view component's name: <c>[ViewComponent(Name = "...")]</c>, else the class name without <c>ViewComponent</c>.</summary>
    public static string ViewComponentName(RenderContext context, INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (TypeRelations.FindAttribute(current, context.Types.ViewComponentAttribute) is { } attribute)
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Name" && argument.Value.Value is string name && name.Length > 0)
                    {
                        return name;
                    }
                }
            }
        }

        return TrimSuffix(type.Name, ViewComponentSuffix);
    }

    /// <summary>Whether <paramref name="viewPath"/> is one of the view component's views: <c>…/Components/{Name}/{View}.cshtml</c>.</summary>
    public static bool IsViewComponentView(string viewPath, string viewComponentName)
    {
        var folder = ViewPaths.Folder(viewPath);
        return folder is not null
            && folder.EndsWith("/Components/" + viewComponentName, StringComparison.OrdinalIgnoreCase)
            && (viewPath.StartsWith("/Views/", StringComparison.OrdinalIgnoreCase)
                || viewPath.StartsWith("/Pages/", StringComparison.OrdinalIgnoreCase)
                || viewPath.StartsWith("/Areas/", StringComparison.OrdinalIgnoreCase));
    }

    // A plain class has no attribute and no base but object: of MVC's rule only its shape and its name are left.
    private static bool IsNamedController(FrameworkTypes types, INamedTypeSymbol type)
        => HasControllerShape(types, type) && type.Name.EndsWith(ControllerSuffix, StringComparison.Ordinal);

    private static bool HasControllerShape(FrameworkTypes types, INamedTypeSymbol type)
        => types.ControllerBase is not null && type is { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false, DeclaredAccessibility: Accessibility.Public };

    private static bool HasControllerAttributeInChain(INamedTypeSymbol type, INamedTypeSymbol? attribute)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (TypeRelations.HasAttribute(current, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimSuffix(string name, string suffix)
        => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length) : name;
}
