using System.Collections.Generic;

namespace MedQa.Analyzers.Internal;

/// <summary>Methods given to <c>Map*</c> as method groups become units of their own (a response each), leaving their class's unit.</summary>
internal static class HandlerUnits
{
    /// <param name="registry">The compilation's units and summaries; its <see cref="UnitRegistry.BodiesGivingHandlers"/> are read.</param>
    /// <param name="units">Every unit; receives the handlers' units.</param>
    public static void Add(UnitRegistry registry, List<UnitFacts> units)
    {
        HashSet<UnitFacts>? known = null;
        Dictionary<MethodSummary, UnitFacts>? handlerOf = null;
        foreach (var summary in registry.BodiesGivingHandlers)
        {
            foreach (var method in summary.HandlerMethods)
            {
                if (!registry.TryGetSummary(method, out var body))
                {
                    continue;
                }

                // Built at the first handler only: most compilations give Map* no method group.
                known ??= new HashSet<UnitFacts>(units);
                handlerOf ??= [];
                var handler = registry.GetOrAdd(method, key => UnitFactory.ForHandler(key));
                if (!known.Add(handler))
                {
                    continue;
                }

                units.Add(handler);
                handler.Bodies.Add(body);
                handlerOf[body] = handler;
            }
        }

        if (handlerOf is null)
        {
            return;
        }

        // One pass over the units, not one per handler: linear in the bodies whatever the number of handlers.
        foreach (var unit in units)
        {
            if (!unit.Decided)
            {
                unit.Bodies.RemoveAll(body => handlerOf.TryGetValue(body, out var handler) && handler != unit);
            }
        }
    }
}
