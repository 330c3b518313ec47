using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The summary of one body (a method, an accessor, or a minimal-API handler lambda), computed once from its
/// operations by <see cref="MethodWalker"/> and then only read (except <see cref="Calls"/>, which the compilation end
/// completes once with the resolved <see cref="ViewArguments"/>).
/// </summary>
internal sealed class MethodSummary
{
    public MethodSummary(ISymbol owner) => Owner = owner;

    /// <summary>The method, accessor or lambda.</summary>
    public ISymbol Owner { get; }

    public bool RendersDisclaimer { get; set; }

    /// <summary>What it returns (the join of its return values).</summary>
    public ContentValue Returns { get; set; }

    /// <summary>Its return statements, for a minimal-API handler whose returned text is the response.</summary>
    public List<SinkEvent> ReturnSites { get; } = [];

    /// <summary>Methods of this compilation it calls (through which it may render the disclaimer).</summary>
    public List<IMethodSymbol> Callees { get; } = [];

    public List<SinkEvent> Sinks { get; } = [];

    /// <summary>Values passed to the project's methods; at the compilation end also those given to views and view components (<see cref="ViewArguments"/>).</summary>
    public List<CallFact> Calls { get; } = [];

    /// <summary>Models given to views and arguments given to view components, resolved into <see cref="Calls"/> once every view is known.</summary>
    public List<ViewArgument> ViewArguments { get; } = [];

    public List<FlowWrite> Writes { get; } = [];

    /// <summary>How many assignments to locals the body has, and how many evaluations solving them took (linear: a small multiple).</summary>
    public int LocalAssignments { get; set; }

    public int LocalEvaluations { get; set; }

    /// <summary>Methods given to <c>Map*</c> as method groups: each is a handler, a response of its own.</summary>
    public List<IMethodSymbol> HandlerMethods { get; } = [];
}
