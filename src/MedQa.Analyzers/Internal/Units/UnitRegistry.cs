using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>The compilation's units and summaries as the concurrent per-symbol actions produce them; read once at the end.</summary>
internal sealed class UnitRegistry
{
    private readonly ConcurrentDictionary<ISymbol, UnitFacts> _units = SharedCache.Create<ISymbol, UnitFacts>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, MethodSummary> _summaries = SharedCache.Create<ISymbol, MethodSummary>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, bool> _analyzedTrees = new();
    private readonly ConcurrentDictionary<string, bool> _reported = new();

    public RenderContext Context { get; }

    public UnitRegistry(RenderContext context) => Context = context;

    public UnitFacts GetOrAdd(ISymbol key, System.Func<ISymbol, UnitFacts> create) => _units.GetOrAdd(key, create);

    public void Add(MethodSummary summary) => _summaries[summary.Owner.OriginalDefinition] = summary;

    public bool TryGetSummary(ISymbol owner, out MethodSummary summary) => _summaries.TryGetValue(owner.OriginalDefinition, out summary!);

    public List<UnitFacts> Units() => new(_units.Values);

    public List<MethodSummary> Summaries() => new(_summaries.Values);

    /// <summary>Source files are analyzed; generated files only when Razor generated them (that is where views render).</summary>
    public bool IsAnalyzed(SyntaxTree tree) => _analyzedTrees.GetOrAdd(tree, static t => !GeneratedFiles.IsGenerated(t) || GeneratedFiles.IsRazor(t));

    /// <summary>Records a reported location; false when that place was already reported (one diagnostic per rendering).</summary>
    public bool MarkReported(Location location)
        => _reported.TryAdd(location.SourceTree?.FilePath + ":" + location.SourceSpan.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
}
