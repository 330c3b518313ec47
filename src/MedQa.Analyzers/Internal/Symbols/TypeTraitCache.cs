using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The framework-type tests MEDQA001 asks of the types of nearly every operation (is it a component, a writer, a
/// <c>ViewData</c>…), answered once per type of the compilation: each answer walks a base-type chain or a type's
/// interfaces, which for a constructed generic type (<c>Dictionary&lt;int, Item&gt;</c>) is computed anew each time.
/// </summary>
internal sealed class TypeTraitCache
{
    // Per type: the traits asked so far (high bits) and which of them hold (low bits), each computed on first use. Two
    // threads adding a trait each at once may store one of the two sets; the other trait is then only asked again.
    private const int AskedShift = 16;

    private readonly FrameworkTypes _types;
    private readonly SharedMemo<ITypeSymbol> _traits = new(SymbolEqualityComparer.Default);

    public TypeTraitCache(FrameworkTypes types) => _types = types;

    [MethodImpl(HotPath.Optimized)]
    public bool Has(ITypeSymbol? type, TypeTraits trait)
    {
        if (type is null)
        {
            return false;
        }

        type = TypeKey.Of(type);
        var bit = (int)trait;
        _traits.TryGetValue(type, out var known);
        if ((known & (bit << AskedShift)) != 0)
        {
            return (known & bit) != 0;
        }

        var holds = Compute(type, trait);
        _traits.Set(type, known | (bit << AskedShift) | (holds ? bit : 0));
        return holds;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool Compute(ITypeSymbol type, TypeTraits trait) => trait switch
    {
        TypeTraits.Component => TypeRelations.Implements(type, _types.Component),
        TypeTraits.LayoutComponent => TypeRelations.InheritsFrom(type, _types.LayoutComponentBase),
        TypeTraits.TagHelper => TypeRelations.Implements(type, _types.TagHelper),
        TypeTraits.ViewComponent => TypeRelations.InheritsFrom(type, _types.ViewComponent)
            || TypeRelations.HasAttribute(type, _types.ViewComponentAttribute)
            || (_types.ViewComponent is not null && type.TypeKind == TypeKind.Class && !type.IsAbstract && type.Name.EndsWith(MvcConventions.ViewComponentSuffix, StringComparison.Ordinal)),
        TypeTraits.Output => TypeRelations.InheritsFrom(type, _types.TextWriter)
            || TypeRelations.Implements(type, _types.BufferWriter)
            || SymbolEqualityComparer.Default.Equals(type, _types.StringBuilder)
            || TypeRelations.Implements(type, _types.HtmlContentBuilder),
        TypeTraits.ViewData => TypeRelations.InheritsFrom(type, _types.ViewDataDictionary) || TypeRelations.Implements(type, _types.TempDataDictionary),
        TypeTraits.Controller => type is INamedTypeSymbol named && MvcConventions.IsControllerType(_types, named),
        _ => throw new ArgumentOutOfRangeException(nameof(trait), trait, "one trait at a time"),
    };
}
