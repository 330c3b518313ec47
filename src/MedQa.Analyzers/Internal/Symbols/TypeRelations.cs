using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>Subtype tests by symbol (original definitions, so generic instantiations match their definition).</summary>
internal static class TypeRelations
{
    /// <summary>
    /// A class that derives from <see cref="object"/>, implements no interface and carries no attribute: no base,
    /// interface or attribute can make it a component, tag helper, view or layout, so only a naming rule of MVC's
    /// (<c>*Controller</c>, <c>*ViewComponent</c>) can make it anything but a class of its own. Most of a project's
    /// types (services, helpers) are such classes, and this answers them from three reads of the symbol instead of a
    /// trait lookup each.
    /// </summary>
    public static bool IsPlainClass(INamedTypeSymbol type)
        => type is { TypeKind: TypeKind.Class, BaseType.SpecialType: SpecialType.System_Object, Interfaces.IsEmpty: true }
        && type.GetAttributes().IsEmpty;

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Implements(ITypeSymbol? type, INamedTypeSymbol? @interface)
    {
        if (type is null || @interface is null)
        {
            return false;
        }

        // The definition's interfaces, not the construction's: their definitions are the same, and the compiler
        // keeps the definition's list, where it computes a construction's anew for every object of it (one per use
        // of List<Item>: MakeAllInterfaces was 2.4% of the walk's samples, benchmarks/analyzer/history/session-18.md).
        var definition = type.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(definition, @interface))
        {
            return true;
        }

        foreach (var implemented in definition.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, @interface))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
        => FindAttribute(symbol, attribute) is not null;

    public static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return null;
        }

        foreach (var data in symbol.GetAttributes())
        {
            if (InheritsFrom(data.AttributeClass, attribute))
            {
                return data;
            }
        }

        return null;
    }
}
