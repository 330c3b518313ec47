using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The identifiers where answer content and the disclaimer can start, known at the compilation's start: every name
/// by which code reaches what an assembly that can carry a marker declares (MedQa.Core's types and extension
/// methods, and those of assemblies built on it: <see cref="MarkerReach.AddNameableNames"/>), and MVC's per-response
/// stores. A plain class's body that names none of them is set aside (<see cref="SetAsideBodies"/>).
/// </summary>
/// <remarks>
/// A sink's name is not one: a body that writes only what it was given, or what it read from the project's members,
/// renders content only if a flow reaches it by that name. The names of the compilation's own marked declarations
/// are not here either (finding them reads every member's attributes, which only the compilation end pays, and
/// only when a body was set aside): every set-aside body is asked again there, with those names.
/// </remarks>
internal sealed class StartNames
{
    // One buffer and set per thread for the concurrent bodies' checks; they hold characters and hashes, never a compilation's object.
    [ThreadStatic]
    private static char[]? t_chunk;

    [ThreadStatic]
    private static List<uint>? t_runs;

    private readonly IdentifierPrefilter _filter;

    public StartNames(RenderContext context)
    {
        Names = new HashSet<string>(StringComparer.Ordinal);
        var compilation = context.Compilation;
        foreach (var assembly in context.Markers.Carriers.Assemblies)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                MarkerReach.AddNameableNames(compilation, assembly, Names);
            }
        }

        Names.UnionWith(["ViewData", "ViewBag", "TempData", "ViewContext"]);
        _filter = new IdentifierPrefilter(Names);
    }

    /// <summary>The names; read-only once built.</summary>
    public HashSet<string> Names { get; }

    /// <summary>
    /// Whether the span (a declaration) may name one of the names; when it names none, also the hashes of every
    /// identifier it has, repeats included (<see cref="IdentifierPrefilter.TryCollectRunsOfNone"/>), for the
    /// compilation end to look names up in. Thread-safe.
    /// </summary>
    public bool MayBeNamedIn(SourceText text, TextSpan span, out uint[] runs)
    {
        var collected = t_runs ??= [];
        collected.Clear();
        runs = [];
        if (!_filter.TryCollectRunsOfNone(text, span, t_chunk ??= new char[1024], collected))
        {
            return true; // one of the names, or a Unicode escape (its names are not its characters)
        }

        runs = collected.ToArray();
        return false;
    }
}
