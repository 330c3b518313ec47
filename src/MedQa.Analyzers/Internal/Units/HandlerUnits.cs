using System.Collections.Generic;

namespace MedQa.Analyzers.Internal;

/// <summary>Methods given to <c>Map*</c> as method groups become units of their own (a response each), leaving their class's unit.</summary>
internal static class HandlerUnits
{
    public static void Add(UnitRegistry registry, List<UnitFacts> units, List<MethodSummary> summaries)
    {
        var known = new HashSet<UnitFacts>(units);
        foreach (var summary in summaries)
        {
            foreach (var method in summary.HandlerMethods)
            {
                if (!registry.TryGetSummary(method, out var body))
                {
                    continue;
                }

                var handler = registry.GetOrAdd(method, key => UnitFactory.ForHandler(key));
                if (!known.Add(handler))
                {
                    continue;
                }

                units.Add(handler);
                handler.Bodies.Add(body);
                foreach (var unit in units)
                {
                    if (unit != handler && !unit.Decided)
                    {
                        unit.Bodies.Remove(body);
                    }
                }
            }
        }
    }
}
