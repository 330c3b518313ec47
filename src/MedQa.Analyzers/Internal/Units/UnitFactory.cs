using System;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>Which unit a type, an action or a handler is, and what it knows of itself before its bodies are walked.</summary>
internal static class UnitFactory
{
    /// <summary>The type whose unit a type's bodies belong to: Razor's nested generated classes (a <c>&lt;vc:…&gt;</c> tag's helper) belong to their view.</summary>
    public static INamedTypeSymbol UnitType(INamedTypeSymbol type)
    {
        var tree = type.Locations.Length > 0 ? type.Locations[0].SourceTree : null;
        if (tree is null || !GeneratedFiles.IsRazor(tree))
        {
            return type;
        }

        var outer = type;
        while (outer.ContainingType is { } containing)
        {
            outer = containing;
        }

        return outer;
    }

    public static UnitFacts ForType(RenderContext context, INamedTypeSymbol type)
    {
        if (TypeRelations.IsPlainClass(type) && !type.Name.EndsWith(MvcConventions.ViewComponentSuffix, StringComparison.Ordinal))
        {
            return new UnitFacts(type, type, UnitKind.Class, type.Name); // no view path (an attribute), component, tag helper or view component
        }

        var viewPath = ViewPathOf(context, type);
        var kind = viewPath is not null ? UnitKind.View
            : context.IsComponentType(type) ? UnitKind.Component
            : context.IsViewComponentType(type) ? UnitKind.ViewComponent
            : context.IsTagHelperType(type) ? UnitKind.TagHelper
            : UnitKind.Class;
        var unit = new UnitFacts(type, type, kind, viewPath ?? type.Name) { ViewPath = viewPath };
        if (kind == UnitKind.Component)
        {
            for (var current = type; current is not null && unit.LayoutType is null; current = current.BaseType)
            {
                if (TypeRelations.FindAttribute(current, context.Types.LayoutAttribute) is { ConstructorArguments.Length: 1 } layout)
                {
                    unit.LayoutType = layout.ConstructorArguments[0].Value as INamedTypeSymbol;
                }
            }

            unit.IsRoutable = TypeRelations.HasAttribute(type, context.Types.RouteAttribute);
        }

        return unit;
    }

    public static UnitFacts ForAction(RenderContext context, IMethodSymbol action)
    {
        var controller = action.ContainingType;
        return new UnitFacts(action.OriginalDefinition, controller, UnitKind.Action, controller.Name + "." + action.Name)
        {
            ControllerName = MvcConventions.ControllerName(controller),
            Area = MvcConventions.Area(context, controller),
        };
    }

    public static UnitFacts ForHandler(ISymbol handler)
    {
        var type = handler.ContainingType;
        var name = handler is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LambdaMethod } lambda
            ? type.Name + " handler at line " + (lambda.Locations.Length > 0 ? (lambda.Locations[0].GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")
            : type.Name + "." + handler.Name;
        return new UnitFacts(handler, type, UnitKind.Handler, name);
    }

    // Razor views carry their app-relative path: [RazorCompiledItemMetadata("Identifier", "/Pages/Index.cshtml")].
    private static string? ViewPathOf(RenderContext context, INamedTypeSymbol type)
    {
        if (context.Types.CompiledItemMetadata is not { } metadata)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, metadata)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is "Identifier"
                && attribute.ConstructorArguments[1].Value is string path)
            {
                return path;
            }
        }

        return null;
    }
}
