using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>Walks one body and records it in its unit and the registry: as its callback, or at the compilation end for a set-aside body.</summary>
internal static class BodyRecorder
{
    /// <summary>The body's frames: its own summary first, then a summary per minimal-API handler lambda in it.</summary>
    public static List<MethodSummary> Record(
        UnitRegistry registry, ISymbol owner, INamedTypeSymbol unitType, UnitFacts typeUnit, bool isController, ImmutableArray<IOperation> blocks, bool isRazor)
    {
        var renderContext = registry.Context;
        var structure = new UnitStructure();
        var frames = registry.Walkers.Walk(owner, unitType, blocks, structure);
        var unit = isController && owner is IMethodSymbol method && MvcConventions.IsAction(renderContext, method)
            ? registry.GetOrAdd(method.OriginalDefinition, _ => UnitFactory.ForAction(renderContext, method))
            : typeUnit;
        unit.Add(frames[0], structure, isRazor);

        for (var i = 0; i < frames.Count; i++)
        {
            registry.Add(frames[i]);
            if (i > 0)
            {
                // A minimal-API handler lambda: a response of its own.
                var handler = registry.GetOrAdd(frames[i].Owner, key => UnitFactory.ForHandler(key));
                handler.Add(frames[i], structure: null, isRazor: false);
            }
        }

        return frames;
    }
}
