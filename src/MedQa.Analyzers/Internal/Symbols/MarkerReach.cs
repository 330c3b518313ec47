using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Whether the compilation's code can reach anything the markers mark, decided before any body is bound: the common
/// project that references MedQa but shows no answer (a referenced package, a shared library) then costs one read
/// of its source text (<see cref="IdentifierPrefilter"/>) instead of a walk of every body.
/// </summary>
/// <remarks>
/// Answer content starts where code reads a marked member or holds a value of a marked type, and code gets at those
/// only by naming something declared in an assembly that defines the markers (a type, an attribute, an extension
/// method: every later value comes from one of those; a static method is reached through its class's name), through the API of another referenced assembly that
/// references such an assembly, or through a marker defined in its own source. So when none of the compilation's
/// syntax trees (Razor's and other generators' included) has an identifier spelled like a type of a marker assembly
/// or one of its extension methods, no referenced assembly but those references them and the source
/// defines no marker, no unit can render content and MEDQA001 has nothing to report. A name that matches by chance
/// (a type of the same name elsewhere) only means the full analysis runs.
/// </remarks>
internal static class MarkerReach
{
    private const string AttributeSuffix = "Attribute";

    /// <summary>False only when no code of the compilation can reach a marked type or member (see the remarks).</summary>
    public static bool IsPossible(Compilation compilation, ImmutableArray<INamedTypeSymbol> markers, CancellationToken cancellationToken)
    {
        var markerAssemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var marker in markers)
        {
            markerAssemblies.Add(marker.ContainingAssembly);
        }

        if (markerAssemblies.Contains(compilation.Assembly) || ReferencedThroughOtherAssembly(compilation, markerAssemblies))
        {
            return true;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in markerAssemblies)
        {
            AddNameableNames(compilation, assembly, names);
        }

        // Most trees are ruled out from their characters (IdentifierPrefilter); the rest are decided by their tokens.
        var prefilter = new IdentifierPrefilter(names);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (prefilter.MayContainAny(tree.GetText(cancellationToken)) && NamesAny(tree, names, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the names by which the compilation's code can reach what another assembly declares: its types' (and an
    /// attribute's short name), its extension methods', and the members of its static classes' nested types.
    /// </summary>
    internal static void AddNameableNames(Compilation compilation, IAssemblySymbol assembly, HashSet<string> names)
    {
        // Only what the compilation may name: public, or internal to it through InternalsVisibleTo.
        AddNames(assembly.GlobalNamespace, names, inStaticClass: false, assembly.GivesAccessTo(compilation.Assembly));
    }

    /// <summary>Whether an identifier of the tree is one of <paramref name="names"/>: the exact answer, token by token.</summary>
    internal static bool NamesAny(SyntaxTree tree, HashSet<string> names, CancellationToken cancellationToken)
    {
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            // Only identifiers name things (keywords and literals do not); ValueText drops a verbatim '@'.
            if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    // Another reference built against a marker assembly can hand out its types (its API, tag helpers, components).
    [MethodImpl(HotPath.RunOnce)]
    private static bool ReferencedThroughOtherAssembly(Compilation compilation, HashSet<IAssemblySymbol> markerAssemblies)
    {
        var markerNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in markerAssemblies)
        {
            markerNames.Add(assembly.Identity.Name);
        }

        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (markerAssemblies.Contains(referenced))
            {
                continue;
            }

            foreach (var module in referenced.Modules)
            {
                foreach (var identity in module.ReferencedAssemblies)
                {
                    if (markerNames.Contains(identity.Name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Every type's name (and an attribute's short name); the extension methods of a static class and every member of
    // its nested types (extension methods and C# 14 extension members are called without naming their class).
    private static void AddNames(INamespaceOrTypeSymbol container, HashSet<string> names, bool inStaticClass, bool seesInternals)
    {
        if (container is INamespaceSymbol ns)
        {
            foreach (var nested in ns.GetNamespaceMembers())
            {
                AddNames(nested, names, inStaticClass: false, seesInternals);
            }
        }
        else if (inStaticClass)
        {
            // A static class's other members are reached through its name (using static names it too); the members
            // of its nested types (C# 14 extension blocks) are taken all.
            var extensionsOnly = ((INamedTypeSymbol)container).IsStatic;
            foreach (var member in container.GetMembers())
            {
                if (IsNameable(member, seesInternals) && (!extensionsOnly || member is IMethodSymbol { IsExtensionMethod: true }))
                {
                    names.Add(member.Name);
                }
            }
        }

        foreach (var type in container.GetTypeMembers())
        {
            if (!IsNameable(type, seesInternals))
            {
                continue;
            }

            names.Add(type.Name);
            if (type.Name.Length > AttributeSuffix.Length && type.Name.EndsWith(AttributeSuffix, StringComparison.Ordinal))
            {
                names.Add(type.Name.Substring(0, type.Name.Length - AttributeSuffix.Length));
            }

            AddNames(type, names, inStaticClass || type.IsStatic, seesInternals);
        }
    }

    // Private and protected members cannot be named from another assembly (protected ones only in a subclass, which names the type).
    private static bool IsNameable(ISymbol symbol, bool seesInternals) => symbol.DeclaredAccessibility switch
    {
        Accessibility.Public => true,
        Accessibility.Internal or Accessibility.ProtectedOrInternal => seesInternals,
        _ => false,
    };
}
