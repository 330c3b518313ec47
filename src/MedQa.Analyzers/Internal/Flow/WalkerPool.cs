using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The compilation's idle walkers: a body is walked by one taken from here and returned emptied, so its working
/// lists, dictionaries and solver are allocated once per concurrent walk, not once per body. (In a profile of the
/// walk, allocating them was a sixth of its samples: benchmarks/analyzer/history/session-09.md.)
/// </summary>
/// <remarks>
/// A queue the compilation owns, not a thread-local: a walker refers to the compilation's symbols, and a value kept
/// per thread would keep the compilation alive on the compiler server's threads after the build.
/// </remarks>
internal sealed class WalkerPool
{
    private readonly ConcurrentQueue<MethodWalker> _idle = new();
    private readonly RenderContext _context;

    public WalkerPool(RenderContext context) => _context = context;

    /// <summary>What <see cref="MethodWalker.Walk(RenderContext, ISymbol, INamedTypeSymbol?, ImmutableArray{IOperation}, UnitStructure)"/> returns, from a reused walker.</summary>
    public List<MethodSummary> Walk(ISymbol owner, INamedTypeSymbol? unitType, ImmutableArray<IOperation> blocks, UnitStructure structure)
    {
        var walker = _idle.TryDequeue(out var idle) ? idle : new MethodWalker(_context);
        var frames = walker.Walk(owner, unitType, blocks, structure); // empties the walker; one that threw is dropped
        _idle.Enqueue(walker);
        return frames;
    }
}
