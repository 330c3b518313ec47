using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The identifier by which source code names a symbol where it uses it and where it declares it: a property's for
/// its accessors, the type's for a constructor, the symbol's own name otherwise. A symbol that code reaches by no
/// identifier (an operator, a conversion, an indexer, a destructor) has none.
/// </summary>
internal static class CallNames
{
    /// <summary>The identifier, or <see langword="null"/> when code uses the symbol without naming it.</summary>
    public static string? Of(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } } => null,
        IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } method => method.ContainingType?.Name,
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.Destructor or MethodKind.BuiltinOperator } => null,
        IPropertySymbol { IsIndexer: true } => null,
        IMethodSymbol { MethodKind: MethodKind.ExplicitInterfaceImplementation } method when method.ExplicitInterfaceImplementations.Length > 0
            => method.ExplicitInterfaceImplementations[0].Name,
        _ => symbol.Name,
    };
}
