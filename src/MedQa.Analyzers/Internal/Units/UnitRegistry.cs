using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>The compilation's units and summaries as the concurrent per-symbol actions produce them; read once at the end.</summary>
internal sealed class UnitRegistry
{
    private readonly ConcurrentDictionary<ISymbol, UnitFacts> _units = new(SymbolEqualityComparer.Default);

    // Every walked body, queued without a lock (PerThreadCache says why); indexed by owner once, at the compilation end.
    private readonly ConcurrentQueue<MethodSummary> _walked = new();
    private Dictionary<ISymbol, MethodSummary>? _summaries;
    private readonly ConcurrentDictionary<SyntaxTree, TreeKind> _trees = new(); // of references: the runtime's precompiled code serves it
    private readonly ConcurrentDictionary<string, bool> _reported = new();

    // This thread's last IsAnalyzed answer. A tree's kind is its own (its path and header), whichever compilation asks,
    // and the memo keeps one tree alive per thread, no compilation.
    [System.ThreadStatic]
    private static LastTree? _lastTree;

    public RenderContext Context { get; }

    public UnitRegistry(RenderContext context) => Context = context;

    public UnitFacts GetOrAdd(ISymbol key, System.Func<ISymbol, UnitFacts> create) => _units.GetOrAdd(key, create);

    /// <summary>Records a walked body, from any thread.</summary>
    public void Add(MethodSummary summary) => _walked.Enqueue(summary);

    /// <summary>The summary of a body by its owner; at the compilation end only, when every body has been walked.</summary>
    public bool TryGetSummary(ISymbol owner, out MethodSummary summary) => Index().TryGetValue(owner.OriginalDefinition, out summary!);

    public List<UnitFacts> Units() => new(_units.Values);

    /// <summary>Every body's summary, one per owner; at the compilation end only.</summary>
    public List<MethodSummary> Summaries() => new(Index().Values);

    private Dictionary<ISymbol, MethodSummary> Index()
    {
        if (_summaries is null)
        {
            var summaries = new Dictionary<ISymbol, MethodSummary>(SymbolEqualityComparer.Default);
            foreach (var summary in _walked)
            {
                summaries[summary.Owner.OriginalDefinition] = summary;
            }

            _summaries = summaries;
        }

        return _summaries;
    }

    /// <summary>
    /// Source files are analyzed; generated files only when Razor generated them (that is where views render). Asked
    /// of every body, with whether Razor generated the file (a view's or component's class): one read per body.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsAnalyzed(SyntaxTree tree, out bool isRazor)
    {
        // A thread walks a type's bodies one after another, mostly from one file: the last answer is asked first.
        var last = _lastTree;
        TreeKind kind;
        if (last is not null && ReferenceEquals(last.Tree, tree))
        {
            kind = last.Kind;
        }
        else
        {
            kind = _trees.GetOrAdd(tree, static t => GeneratedFiles.IsRazor(t) ? TreeKind.Razor : GeneratedFiles.IsGenerated(t) ? TreeKind.Skipped : TreeKind.Source);
            _lastTree = new LastTree(tree, kind);
        }

        isRazor = kind.IsRazor;
        return kind.IsAnalyzed;
    }

    /// <summary>Records a reported location; false when that place was already reported (one diagnostic per rendering).</summary>
    public bool MarkReported(Location location)
        => _reported.TryAdd(location.SourceTree?.FilePath + ":" + location.SourceSpan.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), true);

    private sealed class LastTree(SyntaxTree tree, TreeKind kind)
    {
        public SyntaxTree Tree { get; } = tree;

        public TreeKind Kind { get; } = kind;
    }

    // A class of three instances rather than an enum: a concurrent dictionary of an enum is generic code the JIT
    // compiles anew in every build, and runs unoptimized at first, on a lookup every body makes.
    private sealed class TreeKind
    {
        public static readonly TreeKind Source = new(isAnalyzed: true, isRazor: false);
        public static readonly TreeKind Razor = new(isAnalyzed: true, isRazor: true);
        public static readonly TreeKind Skipped = new(isAnalyzed: false, isRazor: false); // generated, and not by Razor

        private TreeKind(bool isAnalyzed, bool isRazor)
        {
            IsAnalyzed = isAnalyzed;
            IsRazor = isRazor;
        }

        public bool IsAnalyzed { get; }

        public bool IsRazor { get; }
    }
}
