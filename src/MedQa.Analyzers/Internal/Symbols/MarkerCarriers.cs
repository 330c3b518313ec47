using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The assemblies whose symbols can carry MedQa's markers: the compilation's own, those that define a marker, and
/// those that reference one of these, directly or through other references. An attribute names its class through
/// the assembly's references, and a base type, an interface or an overridden member lives in a referenced assembly,
/// so a symbol of any other assembly (the framework's, most packages') carries no marker anywhere in its chain:
/// its marker questions are answered without reading one attribute.
/// </summary>
internal sealed class MarkerCarriers
{
    private readonly HashSet<IAssemblySymbol> _carriers = new(SymbolEqualityComparer.Default);

    [MethodImpl(HotPath.RunOnce)]
    public MarkerCarriers(Compilation compilation, IEnumerable<IAssemblySymbol> markerAssemblies)
    {
        // Every assembly the compilation can see, and who references whom, reversed.
        var referencedBy = new Dictionary<IAssemblySymbol, List<IAssemblySymbol>>(SymbolEqualityComparer.Default);
        var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        var pending = new Queue<IAssemblySymbol>();
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (seen.Add(reference))
            {
                pending.Enqueue(reference);
            }
        }

        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblySymbols)
                {
                    if (!referencedBy.TryGetValue(reference, out var referrers))
                    {
                        referencedBy[reference] = referrers = [];
                    }

                    referrers.Add(assembly);
                    if (seen.Add(reference))
                    {
                        pending.Enqueue(reference);
                    }
                }
            }
        }

        // The markers' assemblies and everything that references them, through any chain (cycles included).
        _carriers.Add(compilation.Assembly);
        foreach (var assembly in markerAssemblies)
        {
            if (_carriers.Add(assembly))
            {
                pending.Enqueue(assembly);
            }
        }

        while (pending.Count > 0)
        {
            if (referencedBy.TryGetValue(pending.Dequeue(), out var referrers))
            {
                foreach (var referrer in referrers)
                {
                    if (_carriers.Add(referrer))
                    {
                        pending.Enqueue(referrer);
                    }
                }
            }
        }
    }

    /// <summary>Every assembly that can carry a marker: the compilation's, the markers', and those that reference them.</summary>
    public IEnumerable<IAssemblySymbol> Assemblies => _carriers;

    /// <summary>Whether a symbol of this assembly can carry a marker (one of no assembly can).</summary>
    public bool CanCarry(IAssemblySymbol? assembly) => assembly is null || _carriers.Contains(assembly);
}
