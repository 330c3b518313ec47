using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Whether a plain C# class can be decided at its symbol end (so the IDE shows MEDQA001 live): every sink's value is
/// known without the compilation's flow, it passes nothing to the project's methods, and whatever it calls stays in
/// the class. Anything else waits for the compilation end.
/// </summary>
/// <remarks>
/// A method another type may give to <c>Map*</c> as a method group is a response of its own, which only the
/// compilation end knows (<see cref="HandlerUnits"/>): its disclaimer covers the class only where that does not
/// matter (every body that renders also renders the disclaimer), and otherwise the class waits.
/// </remarks>
internal static class AloneDecision
{
    /// <summary>
    /// What a type's start already knows: only a C# class that is its own unit (not a view's nested class) and not a
    /// controller (whose actions are units of their own) can be decided at <paramref name="type"/>'s symbol end, so
    /// only such a type asks for an end callback.
    /// </summary>
    public static bool MayDecide(UnitFacts unit, INamedTypeSymbol type, bool isController)
        => unit.Kind == UnitKind.Class && !isController && SymbolEqualityComparer.Default.Equals(unit.Key, type);

    /// <summary>
    /// Whether <paramref name="unit"/> is decided at its type's symbol end, and if so whether it is covered. Asked
    /// only of a unit that <see cref="MayDecide"/> accepted at its type's start (only such a type has an end
    /// callback), so what that already answered is not asked again.
    /// </summary>
    public static bool TryDecide(UnitFacts unit, out bool covered)
    {
        covered = false;
        var coveredByPossibleHandler = false;
        var rendersWithoutOwnDisclaimer = false;
        if (unit.IsRazor || unit.Bodies.Count == 0 || unit.Structure.Children.Count > 0)
        {
            return false;
        }

        // At the type's symbol end every member of the type has been walked, into this unit (a class has no actions).
        // Indexed only when a body calls another of the type: most classes are decided, or given up, before that.
        Dictionary<ISymbol, MethodSummary>? bodies = null;
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<MethodSummary>(unit.Bodies);
        while (pending.Count > 0)
        {
            var body = pending.Pop();
            if (!visited.Add(body.Owner.OriginalDefinition))
            {
                continue;
            }

            if (body.Calls.Count > 0 || body.ViewArguments.Count > 0 || body.HandlerMethods.Count > 0)
            {
                return false;
            }

            foreach (var sink in body.Sinks)
            {
                if (!sink.Value.Dependencies.IsEmpty)
                {
                    return false;
                }
            }

            if (body.RendersDisclaimer && MayBeHandler(body.Owner))
            {
                coveredByPossibleHandler = true;
            }
            else if (body.RendersDisclaimer)
            {
                covered = true;
            }
            else if (body.Sinks.Count > 0)
            {
                rendersWithoutOwnDisclaimer = true;
            }

            foreach (var callee in body.Callees)
            {
                if (!SymbolEqualityComparer.Default.Equals(callee.ContainingType?.OriginalDefinition, unit.Type.OriginalDefinition)
                    || !(bodies ??= Index(unit.Bodies)).TryGetValue(callee.OriginalDefinition, out var summary))
                {
                    return false; // Renders the disclaimer through another type, maybe: ask at the end.
                }

                pending.Push(summary);
            }
        }

        if (!covered && coveredByPossibleHandler)
        {
            if (rendersWithoutOwnDisclaimer)
            {
                return false; // Covered only if the disclaimer's method is no handler: ask at the end.
            }

            covered = true;
        }

        return true;
    }

    // An ordinary method another type can name. (A private one could be given to Map* only by the class itself, whose
    // bodies then list it in HandlerMethods and are not decided here, or by a nested type.)
    private static bool MayBeHandler(ISymbol owner)
        => owner is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: not Accessibility.Private };

    private static Dictionary<ISymbol, MethodSummary> Index(List<MethodSummary> bodies)
    {
        var index = new Dictionary<ISymbol, MethodSummary>(SymbolEqualityComparer.Default);
        foreach (var body in bodies)
        {
            index[body.Owner.OriginalDefinition] = body;
        }

        return index;
    }
}
