using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Bodies of plain C# classes that name nothing a fact starts from (<see cref="StartNames"/>), kept unwalked until
/// the compilation end, which walks those that the compilation's flow reaches by name: most of an app's services,
/// repositories and helpers never touch answer content, and walking them was most of MEDQA001's time on the
/// generated project (benchmarks/analyzer/history/session-22.md).
/// </summary>
/// <remarks>
/// <para>
/// Why a body that is never reached cannot change a decision: content starts where code names something of an
/// assembly that can carry the markers, or a marked declaration of its own; every later value reaches a body as a
/// parameter (its caller lists the callee), as a member's value (a walked body read or stored that member), as a
/// call's result (the caller lists the callee), or through MVC's stores (named). Each of those is a name that a
/// walked body's summary reaches (<see cref="FlowNames"/>) or that a declaration of a marked type holds, and the
/// body that takes part declares or uses it. So the names are closed over, from the start names, the marked
/// declarations and the walked summaries, and a set-aside body is walked once its declaration has one of them.
/// The same reasoning covers the disclaimer, which starts at a marked member or MedQa's own types too.
/// </para>
/// <para>
/// Only plain classes' bodies are set aside (a class that is its own unit, not a controller, not Razor's), and only
/// methods, properties, fields and constructors (a primary one's declaration is its type's), which code reaches by
/// their identifier (an operator, an indexer or a conversion is called without one). Each name is looked up once in
/// an index of the bodies' identifiers, so the closure is linear in the bodies' text; the index is built only when a
/// first look at every body's and declaration's identifiers finds one that the names reached so far hold (on the
/// generated project none does).
/// <c>medqa.MEDQA001.verify_set_aside_bodies = true</c> walks the rest too and reports MEDQA000 if that changes a
/// decision (every test of MEDQA001 runs with it).
/// </para>
/// </remarks>
internal sealed class SetAsideBodies
{
    private readonly StartNames _startNames;
    private readonly ConcurrentQueue<Body> _bodies = new();

    public SetAsideBodies(StartNames startNames) => _startNames = startNames;

    /// <summary>Whether any body was set aside.</summary>
    public bool IsEmpty => _bodies.IsEmpty;

    /// <summary>
    /// Sets the body of a plain class's member aside when its declaration names no start name; from any thread.
    /// <see langword="false"/>: walk it now.
    /// </summary>
    public bool TrySetAside(ISymbol owner, ImmutableArray<IOperation> blocks, INamedTypeSymbol unitType, UnitFacts unit)
    {
        if (DeclarationOf(owner, blocks) is not { } declaration)
        {
            return false;
        }

        var text = declaration.Tree.GetText();
        if (_startNames.MayBeNamedIn(text, declaration.Span, out var runs))
        {
            return false;
        }

        var body = new Body(owner, blocks, unitType, unit, runs);
        _bodies.Enqueue(body);
        unit.SetAside(body);
        return true;
    }

    /// <summary>
    /// At a unit's symbol end: walks the unit's own set-aside bodies, so that a class that renders is decided there
    /// (live in the IDE) as it would be had nothing been set aside. Their summaries join the closure's walked ones.
    /// </summary>
    public static void WalkNow(UnitFacts unit, Func<Body, List<MethodSummary>> record, Action<ISymbol, Exception> failed)
    {
        foreach (var body in unit.TakeSetAside())
        {
            if (!body.Walked)
            {
                Walk(body, record, failed);
            }
        }
    }

    /// <summary>
    /// At the compilation end: walks every set-aside body the flow reaches (see the remarks), recording it as
    /// <paramref name="record"/> records a body; a body that fails is given to <paramref name="failed"/>.
    /// </summary>
    [MethodImpl(HotPath.RunOnce)]
    public void WalkReached(RenderContext context, IEnumerable<MethodSummary> walked, Func<Body, List<MethodSummary>> record, Action<ISymbol, Exception> failed, CancellationToken cancellationToken)
    {
        if (_bodies.IsEmpty)
        {
            return;
        }

        var byOwner = new Dictionary<ISymbol, Body>(SymbolEqualityComparer.Default);
        foreach (var body in _bodies)
        {
            byOwner[body.Owner.OriginalDefinition] = body;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        void Reach(string name)
        {
            if (known.Add(name))
            {
                pending.Enqueue(name);
            }
        }

        foreach (var name in _startNames.Names)
        {
            Reach(name);
        }

        var declarations = DeclaredNames.Collect(context, Reach, cancellationToken);
        var demanded = new Queue<Body>();
        void Demand(ISymbol method)
        {
            if (byOwner.TryGetValue(method, out var body) && !body.Walked)
            {
                demanded.Enqueue(body);
            }
        }

        foreach (var summary in walked)
        {
            FlowNames.Of(summary, Reach, Demand);
        }

        if (demanded.Count == 0 && NoneReached(known, declarations))
        {
            return; // the common case, found without building the index
        }

        var index = new Dictionary<uint, List<object>>();
        foreach (var body in _bodies)
        {
            Index(index, body, body.Runs);
        }

        foreach (var declaration in declarations)
        {
            Index(index, declaration, declaration.Runs);
        }

        while (pending.Count > 0 || demanded.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (demanded.Count > 0)
            {
                Take(demanded.Dequeue());
            }
            else if (index.TryGetValue(IdentifierPrefilter.HashOf(pending.Dequeue()), out var items))
            {
                foreach (var item in items)
                {
                    Take(item);
                }
            }
        }

        void Take(object item)
        {
            if (item is Body { Walked: false } body)
            {
                foreach (var summary in Walk(body, record, failed))
                {
                    FlowNames.Of(summary, Reach, Demand);
                }
            }
            else if (item is DeclaredNames.Declaration declaration)
            {
                Reach(declaration.Name);
            }
        }
    }

    // Whether the names reached so far reach no set-aside body, nor a declaration whose name is not reached yet: then
    // the closure ends where it is. One look at every run, where the index would have stored every run (most set-aside
    // bodies are never reached: on the generated project, none of 4,500).
    [MethodImpl(HotPath.RunOnce)]
    private bool NoneReached(HashSet<string> known, List<DeclaredNames.Declaration> declarations)
    {
        var reached = new IdentifierPrefilter(known);
        foreach (var body in _bodies)
        {
            if (!body.Walked && reached.ContainsAny(body.Runs))
            {
                return false;
            }
        }

        foreach (var declaration in declarations)
        {
            if (!known.Contains(declaration.Name) && reached.ContainsAny(declaration.Runs))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Walks every body not walked yet (to verify that setting them aside changed nothing); how many there were.</summary>
    public int WalkRest(Func<Body, List<MethodSummary>> record, Action<ISymbol, Exception> failed)
    {
        var count = 0;
        foreach (var body in _bodies)
        {
            if (!body.Walked)
            {
                Walk(body, record, failed);
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The declaration a body is judged by (its member's, signature and attributes included; a primary
    /// constructor's is its type's header, up to the end of its parameters and base list), for the members code
    /// reaches only by their identifier; <see langword="null"/> for the rest, which are walked at once.
    /// </summary>
    internal static (SyntaxTree Tree, TextSpan Span)? DeclarationOf(ISymbol owner, ImmutableArray<IOperation> blocks)
    {
        var member = blocks[0].Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        TextSpan? span = member switch
        {
            MethodDeclarationSyntax when owner is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } => member.Span,
            PropertyDeclarationSyntax when owner is IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } => member.Span,
            FieldDeclarationSyntax when owner is IFieldSymbol => member.Span,
            ConstructorDeclarationSyntax when owner is IMethodSymbol { MethodKind: MethodKind.Constructor } => member.Span,

            // A primary constructor (a record's properties): reached by its type's name, which its header holds; the
            // type's members are bodies of their own.
            TypeDeclarationSyntax { ParameterList: { } parameters } type when owner is IMethodSymbol { MethodKind: MethodKind.Constructor }
                => TextSpan.FromBounds(type.SpanStart, type.BaseList?.Span.End ?? parameters.Span.End),
            _ => null,
        };
        if (span is not { } declared)
        {
            return null;
        }

        foreach (var block in blocks)
        {
            if (!declared.Contains(block.Syntax.Span))
            {
                return null;
            }
        }

        return (member!.SyntaxTree, declared);
    }

    // An item's runs repeat names: each hash lists the item once (its runs are added one item at a time, so a repeat
    // finds the item last in the list).
    private static void Index(Dictionary<uint, List<object>> index, object item, uint[] runs)
    {
        foreach (var hash in runs)
        {
            if (!index.TryGetValue(hash, out var items))
            {
                index[hash] = items = [];
            }

            if (items.Count == 0 || !ReferenceEquals(items[items.Count - 1], item))
            {
                items.Add(item);
            }
        }
    }

    private static List<MethodSummary> Walk(Body body, Func<Body, List<MethodSummary>> record, Action<ISymbol, Exception> failed)
    {
        body.Walked = true;
        try
        {
            return record(body);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failed(body.Owner, exception);
            return [];
        }
    }

    /// <summary>A set-aside body: what its walk needs, and the hashes of its declaration's identifiers.</summary>
    internal sealed class Body(ISymbol owner, ImmutableArray<IOperation> blocks, INamedTypeSymbol unitType, UnitFacts unit, uint[] runs)
    {
        public ISymbol Owner { get; } = owner;

        public ImmutableArray<IOperation> Blocks { get; } = blocks;

        public INamedTypeSymbol UnitType { get; } = unitType;

        public UnitFacts Unit { get; } = unit;

        public uint[] Runs { get; } = runs;

        public bool Walked { get; set; }
    }
}
