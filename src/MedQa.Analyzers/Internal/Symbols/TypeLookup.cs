using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Type lookups that survive a type defined twice in the references, where
/// <see cref="Compilation.GetTypeByMetadataName(string)"/> returns <see langword="null"/>.
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
        foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
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

    /// <summary>Every definition of a type in the compilation and its references (markers count wherever they come from).</summary>
    public static ImmutableArray<INamedTypeSymbol> All(Compilation compilation, string metadataName)
        => compilation.GetTypesByMetadataName(metadataName);

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
