using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Type lookups that survive a type defined twice in the references, where
/// <see cref="Compilation.GetTypeByMetadataName(string)"/> returns <see langword="null"/>, and that cost a few
/// dictionary reads each.
/// </summary>
internal static class TypeLookup
{
    /// <summary>
    /// The type the compilation's own code would bind to: its own definition first, else the only one visible to it
    /// (public, or internal with InternalsVisibleTo); <see langword="null"/> when absent or still ambiguous.
    /// </summary>
    public static INamedTypeSymbol? Best(Compilation compilation, string metadataName)
    {
        INamedTypeSymbol? best = null;
        foreach (var candidate in All(compilation, metadataName))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                return candidate;
            }

            if (!IsVisible(candidate, compilation.Assembly))
            {
                continue;
            }

            if (best is not null)
            {
                return null; // Two visible definitions: the compiler itself could not choose.
            }

            best = candidate;
        }

        return best;
    }

    /// <summary>
    /// Every definition of a type in the compilation and its references (markers count wherever they come from), by
    /// its metadata name (<c>System.Threading.Tasks.Task`1</c>, <c>Outer+Inner</c>).
    /// </summary>
    /// <remarks>
    /// Found by walking the compilation's global namespace, which merges the references' namespaces and keeps every
    /// definition of a type. <see cref="Compilation.GetTypesByMetadataName(string)"/> asks each referenced assembly in
    /// turn instead: measured on a web project's 200-odd references, that was a third of MEDQA001's time, most of it
    /// for types the project does not reference at all (test frameworks). Like a documentation id, this does not see
    /// references given an extern alias, which the project's code cannot name without the alias either.
    /// </remarks>
    public static ImmutableArray<INamedTypeSymbol> All(Compilation compilation, string metadataName)
    {
        var typeStart = metadataName.IndexOf('+');
        var lastDot = metadataName.LastIndexOf('.', typeStart < 0 ? metadataName.Length - 1 : typeStart);
        INamespaceSymbol? scope = compilation.GlobalNamespace;
        for (var start = 0; scope is not null && start <= lastDot;)
        {
            var dot = metadataName.IndexOf('.', start);
            scope = Namespace(scope, metadataName.Substring(start, dot - start));
            start = dot + 1;
        }

        if (scope is null)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        var names = metadataName.Substring(lastDot + 1).Split('+');
        var found = Types(scope.GetTypeMembers(NameOf(names[0]), ArityOf(names[0])));
        for (var i = 1; i < names.Length && !found.IsEmpty; i++)
        {
            var nested = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var outer in found)
            {
                nested.AddRange(outer.GetTypeMembers(NameOf(names[i]), ArityOf(names[i])));
            }

            found = nested.ToImmutable();
        }

        return found;
    }

    private static INamespaceSymbol? Namespace(INamespaceSymbol scope, string name)
    {
        foreach (var member in scope.GetMembers(name))
        {
            if (member is INamespaceSymbol found)
            {
                return found;
            }
        }

        return null;
    }

    private static ImmutableArray<INamedTypeSymbol> Types(ImmutableArray<INamedTypeSymbol> types) => types.IsDefault ? ImmutableArray<INamedTypeSymbol>.Empty : types;

    // "Task`1": the name without its arity suffix, and the arity.
    private static string NameOf(string metadataName)
    {
        var tick = metadataName.LastIndexOf('`');
        return tick < 0 || ArityOf(metadataName) == 0 ? metadataName : metadataName.Substring(0, tick);
    }

    private static int ArityOf(string metadataName)
    {
        var tick = metadataName.LastIndexOf('`');
        return tick >= 0 && int.TryParse(metadataName.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arity) ? arity : 0;
    }

    private static bool IsVisible(INamedTypeSymbol type, IAssemblySymbol from)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            switch (named.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Internal or Accessibility.ProtectedOrInternal when named.ContainingAssembly.GivesAccessTo(from):
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
