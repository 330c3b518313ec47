using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// MedQa's two marker attributes, every definition of each (a copy in two references still counts), and whether a
/// symbol carries one.
/// </summary>
/// <remarks>
/// Not cached here: nearly every question comes from a computation that is cached itself (a member's, method's or
/// type's facts in <see cref="RenderContext"/>; the rest is a component's or tag helper's use in a view), and a
/// symbol of an assembly that cannot see the markers (<see cref="MarkerCarriers"/>) is answered without reading an
/// attribute: its base types, interfaces and overridden members live in assemblies it references, which cannot
/// see the markers either.
/// </remarks>
internal sealed class Markers
{
    /// <summary>The marker of answer content (and, on a class, of a tag helper or component that renders it).</summary>
    public const string RequiresName = "MedQa.RequiresMedicalDisclaimerAttribute";

    /// <summary>The marker of members (and classes) that render the disclaimer.</summary>
    public const string RendersName = "MedQa.RendersMedicalDisclaimerAttribute";

    private readonly ImmutableArray<INamedTypeSymbol> _requires;
    private readonly ImmutableArray<INamedTypeSymbol> _renders;
    private readonly ImmutableHashSet<IAssemblySymbol> _libraries;
    private readonly MarkerCarriers _carriers;

    private Markers(Compilation compilation, ImmutableArray<INamedTypeSymbol> requires, ImmutableArray<INamedTypeSymbol> renders)
    {
        _requires = requires;
        _renders = renders;
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

        _carriers = new MarkerCarriers(compilation, markerAssemblies);
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

    /// <summary>The assemblies whose symbols can carry a marker (<see cref="MarkerCarriers"/>).</summary>
    public MarkerCarriers Carriers => _carriers;

    /// <summary>A type of an assembly that defines the markers (MedQa.Core): its methods turn marked values into text.</summary>
    public bool IsLibraryType(INamedTypeSymbol type) => _libraries.Contains(type.ContainingAssembly);

    /// <summary>A member marked <c>[RequiresMedicalDisclaimer]</c>, directly or on a member it overrides or the property of an accessor.</summary>
    public bool IsMarkedMember(ISymbol symbol) => (MarksOf(symbol) & MemberMarks.Requires) != 0;

    /// <summary>A member or class marked <c>[RendersMedicalDisclaimer]</c>.</summary>
    public bool RendersDisclaimer(ISymbol symbol)
        => symbol.OriginalDefinition is INamedTypeSymbol type ? HasOnType(type, _renders) : (MarksOf(symbol) & MemberMarks.Renders) != 0;

    /// <summary>
    /// Both markers of a member, each directly or on a member it overrides or the property of an accessor, in one
    /// walk of that chain: a member's facts ask both, and one read of each symbol's attributes for both took a member's
    /// facts from 2,375 CPU samples to 1,488 over Razor views' bodies (benchmarks/analyzer/history/session-15.md).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public MemberMarks MarksOf(ISymbol member)
    {
        var marks = MemberMarks.None;
        for (ISymbol? current = member.OriginalDefinition; current is not null && marks != (MemberMarks.Requires | MemberMarks.Renders); current = Overridden(current))
        {
            if (!_carriers.CanCarry(current.ContainingAssembly))
            {
                break; // nor can what it overrides, which lives in an assembly it references
            }

            marks |= MarksOn(current);
            if (current is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                marks |= MarksOn(property);
            }
        }

        return marks;
    }

    /// <summary>A type marked <c>[RequiresMedicalDisclaimer]</c>, itself, through a base type or an interface.</summary>
    public bool IsMarkedType(ITypeSymbol? type) => type is INamedTypeSymbol named && HasOnType(named.OriginalDefinition, _requires);

    /// <summary>
    /// Whether a marked type marks some of its members too: then only those (and members of marked types) are its
    /// content, and its other text (ids, URLs, author names) is not.
    /// </summary>
    public bool MarksMembers(ITypeSymbol type) => HasMarkedMember(type.OriginalDefinition, _requires);

    [MethodImpl(HotPath.Optimized)]
    private bool HasMarkedMember(ITypeSymbol type, ImmutableArray<INamedTypeSymbol> attributes)
    {
        if (!_carriers.CanCarry(type.ContainingAssembly))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol or IMethodSymbol && Has(member, attributes))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool HasOnType(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> attributes)
    {
        if (!_carriers.CanCarry(type.ContainingAssembly))
        {
            return false;
        }

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

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    [MethodImpl(HotPath.Optimized)]
    private MemberMarks MarksOn(ISymbol symbol)
    {
        var marks = MemberMarks.None;
        foreach (var data in symbol.GetAttributes())
        {
            if (data.AttributeClass is not { } attribute)
            {
                continue;
            }

            marks |= IsOneOf(attribute, _requires) ? MemberMarks.Requires : IsOneOf(attribute, _renders) ? MemberMarks.Renders : MemberMarks.None;
        }

        return marks;
    }

    private static bool IsOneOf(INamedTypeSymbol attribute, ImmutableArray<INamedTypeSymbol> markers)
    {
        foreach (var marker in markers)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute, marker))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool Has(ISymbol symbol, ImmutableArray<INamedTypeSymbol> attributes)
    {
        if (!_carriers.CanCarry(symbol.ContainingAssembly))
        {
            return false; // its attributes cannot name a marker
        }

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
