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
    private readonly SharedMemo<ITypeSymbol> _traits;

    public TypeTraitCache(FrameworkTypes types)
        : this(types, new SharedMemo<ITypeSymbol>(SymbolEqualityComparer.Default))
    {
    }

    private TypeTraitCache(FrameworkTypes types, SharedMemo<ITypeSymbol> traits)
    {
        _types = types;
        _traits = traits;
    }

    /// <summary>The same answers through a memo view for one user at a time (<see cref="SharedMemo{TKey}.ForOneUser"/>).</summary>
    public TypeTraitCache ForOneUser() => new(_types, _traits.ForOneUser());

    [MethodImpl(HotPath.Optimized)]
    public bool Has(ITypeSymbol? type, TypeTraits trait) => Which(type, trait) != TypeTraits.None;

    /// <summary>
    /// Which of <paramref name="traits"/> the type has, in one read of the memo: a type used in a body is asked
    /// whether it is a component, a tag helper or a view component at once.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public TypeTraits Which(ITypeSymbol? type, TypeTraits traits)
    {
        if (type is null)
        {
            return TypeTraits.None;
        }

        type = TypeKey.Of(type);
        var asked = (int)traits;
        _traits.TryGetValue(type, out var known);
        if (((known >> AskedShift) & asked) != asked)
        {
            for (var bit = 1; bit <= asked; bit <<= 1)
            {
                if ((asked & bit) != 0 && ((known >> AskedShift) & bit) == 0)
                {
                    known |= (bit << AskedShift) | (Compute(type, (TypeTraits)bit) ? bit : 0);
                }
            }

            _traits.Set(type, known);
        }

        return (TypeTraits)(known & asked);
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
