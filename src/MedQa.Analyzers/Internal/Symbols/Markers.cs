using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// MedQa's two marker attributes, every definition of each (a copy in two references still counts), and whether a
/// symbol carries one, cached per symbol.
/// </summary>
internal sealed class Markers
{
    /// <summary>The marker of answer content (and, on a class, of a tag helper or component that renders it).</summary>
    public const string RequiresName = "MedQa.RequiresMedicalDisclaimerAttribute";

    /// <summary>The marker of members (and classes) that render the disclaimer.</summary>
    public const string RendersName = "MedQa.RendersMedicalDisclaimerAttribute";

    private readonly PerThreadCache<ISymbol, bool> _markedMembers;
    private readonly PerThreadCache<INamedTypeSymbol, bool> _markedTypes;
    private readonly PerThreadCache<ISymbol, bool> _rendersDisclaimer;
    private readonly PerThreadCache<ITypeSymbol, bool> _marksMembers;
    private readonly ImmutableHashSet<IAssemblySymbol> _libraries;

    private Markers(Compilation compilation, ImmutableArray<INamedTypeSymbol> requires, ImmutableArray<INamedTypeSymbol> renders)
    {
        var assemblies = ImmutableHashSet.CreateBuilder<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var marker in requires)
        {
            assemblies.Add(marker.ContainingAssembly);
        }

        _libraries = assemblies.ToImmutable();
        var markerAssemblies = new List<IAssemblySymbol>(_libraries);
        foreach (var marker in renders)
        {
            markerAssemblies.Add(marker.ContainingAssembly);
        }

        // A symbol of an assembly that cannot see the markers is answered without reading its attributes.
        var carriers = new MarkerCarriers(compilation, markerAssemblies);
        _markedMembers = new(SymbolEqualityComparer.Default, member => carriers.CanCarry(member.ContainingAssembly) && HasInChain(member, requires));
        _markedTypes = new(SymbolEqualityComparer.Default, type => carriers.CanCarry(type.ContainingAssembly) && HasOnType(type, requires));
        _rendersDisclaimer = new(
            SymbolEqualityComparer.Default,
            symbol => carriers.CanCarry(symbol.ContainingAssembly) && (symbol is INamedTypeSymbol type ? HasOnType(type, renders) : HasInChain(symbol, renders)));
        _marksMembers = new(SymbolEqualityComparer.Default, type => carriers.CanCarry(type.ContainingAssembly) && HasMarkedMember(type, requires));
    }

    /// <summary>The markers of the compilation; <see langword="null"/> when either is absent (MEDQA001 then has nothing to do).</summary>
    public static Markers? TryCreate(Compilation compilation)
    {
        var requires = TypeLookup.All(compilation, RequiresName);
        if (requires.IsEmpty)
        {
            return null;
        }

        var renders = TypeLookup.All(compilation, RendersName);
        return renders.IsEmpty ? null : new Markers(compilation, requires, renders);
    }

    /// <summary>A type of an assembly that defines the markers (MedQa.Core): its methods turn marked values into text.</summary>
    public bool IsLibraryType(INamedTypeSymbol type) => _libraries.Contains(type.ContainingAssembly);

    /// <summary>A member marked <c>[RequiresMedicalDisclaimer]</c>, directly or on a member it overrides or the property of an accessor.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsMarkedMember(ISymbol symbol) => _markedMembers.Get(symbol.OriginalDefinition);

    /// <summary>A member or class marked <c>[RendersMedicalDisclaimer]</c>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool RendersDisclaimer(ISymbol symbol) => _rendersDisclaimer.Get(symbol.OriginalDefinition);

    /// <summary>A type marked <c>[RequiresMedicalDisclaimer]</c>, itself, through a base type or an interface.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsMarkedType(ITypeSymbol? type) => type is INamedTypeSymbol named && _markedTypes.Get(named.OriginalDefinition);

    /// <summary>
    /// Whether a marked type marks some of its members too: then only those (and members of marked types) are its
    /// content, and its other text (ids, URLs, author names) is not.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool MarksMembers(ITypeSymbol type) => _marksMembers.Get(type.OriginalDefinition);

    private static bool HasMarkedMember(ITypeSymbol type, ImmutableArray<INamedTypeSymbol> attributes)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol or IMethodSymbol && Has(member, attributes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOnType(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> attributes)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Has(current, attributes))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (Has(implemented, attributes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasInChain(ISymbol symbol, ImmutableArray<INamedTypeSymbol> attributes)
    {
        for (var current = symbol; current is not null; current = Overridden(current))
        {
            if (Has(current, attributes)
                || (current is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } && Has(property, attributes)))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private static bool Has(ISymbol symbol, ImmutableArray<INamedTypeSymbol> attributes)
    {
        foreach (var data in symbol.GetAttributes())
        {
            foreach (var attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
