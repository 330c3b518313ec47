using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Everything MEDQA001 resolves once per compilation: the markers, the framework types, the API lists (built-in
/// and configured, by documentation id: <see cref="ApiLists"/>) and per-symbol caches of what a method does and which
/// types are text.
/// </summary>
internal sealed class RenderContext
{
    private readonly SharedMemo<IMethodSymbol> _methods; // MethodApis.Bits
    private readonly SharedMemo<ITypeSymbol> _typeFacts; // TypeFacts, kept as int: no instantiation of its own to compile
    private readonly SharedMemo<ISymbol> _memberFacts; // MemberFacts
    private readonly ApiLists _lists;
    private readonly TypeTraitCache _traits;

    private RenderContext(Compilation compilation, Markers markers, RuleOptions options)
    {
        _methods = new(SymbolEqualityComparer.Default, method => ComputeApis(method).Bits);
        _typeFacts = new(SymbolEqualityComparer.Default, type => (int)ComputeFacts(type));
        _memberFacts = new(SymbolEqualityComparer.Default, member => (int)ComputeFacts(member));
        Compilation = compilation;
        Markers = markers;
        Options = options;
        Types = new FrameworkTypes(compilation);
        _lists = new ApiLists(compilation, options);
        _traits = new TypeTraitCache(Types);
    }

    // A view for one walker (ForOneUser): the same symbols, lists and answers, with first-level memo tables of its own.
    private RenderContext(RenderContext shared)
    {
        _methods = shared._methods.ForOneUser();
        _typeFacts = shared._typeFacts.ForOneUser();
        _memberFacts = shared._memberFacts.ForOneUser();
        _traits = shared._traits.ForOneUser();
        Compilation = shared.Compilation;
        Markers = shared.Markers;
        Options = shared.Options;
        Types = shared.Types;
        _lists = shared._lists;
    }

    public Compilation Compilation { get; }

    public Markers Markers { get; }

    public FrameworkTypes Types { get; }

    public RuleOptions Options { get; }

    /// <summary>The context, or <see langword="null"/> when the compilation cannot see MedQa's markers (the common, free case).</summary>
    public static RenderContext? TryCreate(Compilation compilation, RuleOptions options)
        => Markers.TryCreate(compilation) is { } markers ? new RenderContext(compilation, markers, options) : null;

    [MethodImpl(HotPath.Optimized)]
    public bool IsSource(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Compilation.Assembly);

    /// <summary>
    /// The same context for one user at a time (a walker, <see cref="WalkerPool"/>): its memos' first levels are its
    /// own, so an ask reads no thread-local slot (<see cref="SharedMemo{TKey}.ForOneUser"/>); every answer is the
    /// compilation's.
    /// </summary>
    public RenderContext ForOneUser() => new(this);

    /// <summary>The definition a call's API facts are kept for: an extension method's, called in reduced form or not.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static IMethodSymbol DefinitionOf(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

    /// <summary>Everything the built-in and configured API lists say of a method, resolved once per method definition.</summary>
    [MethodImpl(HotPath.Optimized)]
    public MethodApis ApisOf(IMethodSymbol method) => ApisOfDefinition(DefinitionOf(method));

    /// <summary><see cref="ApisOf"/> for a method's <see cref="DefinitionOf"/>, when the caller has it already.</summary>
    [MethodImpl(HotPath.Optimized)]
    public MethodApis ApisOfDefinition(IMethodSymbol definition) => MethodApis.FromBits(_methods.Get(definition));

    /// <summary>Whether a type is <c>StringBuilder</c>, whose methods store their arguments in the builder.</summary>
    public bool IsBuilder(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, Types.StringBuilder);

    /// <summary>Text-like values: what a page can show (strings, HTML content, markup, builders, objects, and sequences of them).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsTextLike(ITypeSymbol? type) => (FactsOf(type) & TypeFacts.TextLike) != 0;

    /// <summary>Whether a type is text, marked, or the project's own, in one read (<see cref="TypeFacts"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public TypeFacts FactsOf(ITypeSymbol? type)
    {
        if (type is null)
        {
            return TypeFacts.None;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Object:
                return TypeFacts.TextLike; // the framework's: never marked, never the project's
            case SpecialType.None:
            case SpecialType.System_Collections_Generic_IEnumerable_T:
                return (TypeFacts)_typeFacts.Get(TypeKey.Of(type));
            default:
                return TypeFacts.None; // numbers, bool, char, DateTime...
        }
    }

    /// <summary>What a field's or property's reads and writes need to know of it, in one read (<see cref="MemberFacts"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public MemberFacts FactsOf(ISymbol member) => (MemberFacts)_memberFacts.Get(member);

    /// <summary>
    /// Whether a field or property (its definition) is a flow node: the project's own and not marked, so that content
    /// stored in it is content wherever it is read (<see cref="FlowGraph"/>).
    /// </summary>
    /// <remarks>
    /// Asked of the definition: a member of a constructed type (<c>Dictionary&lt;int, Item&gt;</c>'s indexer) is a new
    /// object at each use, which the memo would keep, one per assignment (benchmarks/analyzer/history/session-10.md).
    /// </remarks>
    public bool IsStoredFlow(ISymbol definition) => (FactsOf(definition) & (MemberFacts.Source | MemberFacts.Marked)) == MemberFacts.Source;

    /// <summary>Whether a member's facts were asked for already (for tests of what the walk asks).</summary>
    internal bool HasAskedFactsOf(ISymbol member) => _memberFacts.TryGetValue(member, out _);

    public bool IsComponentType(INamedTypeSymbol type) => _traits.Has(type, TypeTraits.Component);

    /// <summary>Which of <paramref name="traits"/> a type has, in one read (<see cref="TypeTraitCache.Which"/>).</summary>
    public TypeTraits TraitsOf(INamedTypeSymbol type, TypeTraits traits) => _traits.Which(type, traits);

    public bool IsLayoutComponent(INamedTypeSymbol type) => _traits.Has(type, TypeTraits.LayoutComponent);

    public bool IsTagHelperType(INamedTypeSymbol type) => _traits.Has(type, TypeTraits.TagHelper);

    /// <summary>MVC's rule: derives from <c>ViewComponent</c>, carries <c>[ViewComponent]</c>, or is named <c>*ViewComponent</c>.</summary>
    public bool IsViewComponentType(INamedTypeSymbol type) => _traits.Has(type, TypeTraits.ViewComponent);

    /// <summary>An MVC controller (<see cref="MvcConventions.IsControllerType"/>), cached per type.</summary>
    public bool IsControllerType(INamedTypeSymbol type) => _traits.Has(type, TypeTraits.Controller);

    /// <summary>MVC's <c>ViewData</c> (and <c>ViewBag</c>'s dictionary) or <c>TempData</c>.</summary>
    public bool IsViewDataType(INamedTypeSymbol? type) => _traits.Has(type, TypeTraits.ViewData);

    /// <summary>A view's <c>Model</c> property (<see cref="FrameworkTypes.ModelProperties"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsModelProperty(IPropertySymbol property)
    {
        if (property.Name != "Model")
        {
            return false;
        }

        var definition = property.OriginalDefinition;
        foreach (var model in Types.ModelProperties)
        {
            if (SymbolEqualityComparer.Default.Equals(definition, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Razor page's <c>Layout</c> property, or an override of it.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsLayoutProperty(IPropertySymbol property)
    {
        if (property.Name != "Layout")
        {
            return false; // an override keeps the name: no walk up the overrides for every property a body assigns
        }

        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Types.LayoutProperty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A parameter a method writes its output to: a writer, a builder, a UTF-8 buffer.</summary>
    public bool IsOutputParameter(ITypeSymbol type) => _traits.Has(type, TypeTraits.Output);

    /// <summary>Whether a method has a parameter it writes its output to (<see cref="IsOutputParameter"/>).</summary>
    public bool WritesToOutput(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (IsOutputParameter(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private MethodApis ComputeApis(IMethodSymbol method)
    {
        var kinds = _lists.KindsOf(method);
        kinds |= SymbolEqualityComparer.Default.Equals(method.ContainingType, Types.StringBuilder) ? MethodApiKinds.BuilderMember : MethodApiKinds.None;
        kinds |= SymbolEqualityComparer.Default.Equals(method.ContainingType, Types.RenderTreeBuilder) ? MethodApiKinds.RenderTreeMember : MethodApiKinds.None;
        var inAllContentType = method.ContainingType is { } containing && (FactsOf(containing) & TypeFacts.AllTextIsContent) != 0;
        var marks = Markers.MarksOf(method);
        return new MethodApis(ComputeRole(method, marks), kinds, IsSource(method), (marks & MemberMarks.Requires) != 0, inAllContentType);
    }

    [MethodImpl(HotPath.Optimized)]
    private TypeFacts ComputeFacts(ITypeSymbol type)
    {
        var facts = type.TypeKind == TypeKind.Dynamic || ComputeTextLike(type) ? TypeFacts.TextLike : TypeFacts.None;
        facts |= IsSource(type) ? TypeFacts.Source : TypeFacts.None;
        if (Markers.IsMarkedType(type))
        {
            facts |= TypeFacts.Marked | (Markers.MarksMembers(type) ? TypeFacts.None : TypeFacts.AllTextIsContent);
        }

        return facts;
    }

    [MethodImpl(HotPath.Optimized)]
    private MemberFacts ComputeFacts(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        var typeFacts = FactsOf(type);
        var facts = IsSource(member) ? MemberFacts.Source : MemberFacts.None;
        var marks = Markers.MarksOf(member);
        facts |= (marks & MemberMarks.Requires) != 0 ? MemberFacts.Marked : MemberFacts.None;
        facts |= (marks & MemberMarks.Renders) != 0 ? MemberFacts.RendersDisclaimer : MemberFacts.None;
        facts |= member is IPropertySymbol { GetMethod: { } getter } && IsSource(getter) ? MemberFacts.SourceGetter : MemberFacts.None;
        facts |= (typeFacts & TypeFacts.TextLike) != 0 ? MemberFacts.TextLikeType : MemberFacts.None;
        facts |= (typeFacts & TypeFacts.Marked) != 0 ? MemberFacts.MarkedType : MemberFacts.None;
        facts |= (FactsOf(member.ContainingType) & TypeFacts.AllTextIsContent) != 0 ? MemberFacts.InAllContentType : MemberFacts.None;
        return facts;
    }

    [MethodImpl(HotPath.Optimized)]
    private MethodRole ComputeRole(IMethodSymbol method, MemberMarks marks)
    {
        if ((marks & MemberMarks.Renders) != 0)
        {
            return MethodRole.RendersDisclaimer;
        }

        if (method.ContainingType is not { } type)
        {
            return MethodRole.None;
        }

        if (_lists.Excluded.Contains(method) || _lists.MemberNames.Contains(method))
        {
            return MethodRole.Excluded;
        }

        if (_lists.Sinks.Contains(method) || _lists.Sinks.ContainsOverridden(method))
        {
            return MethodRole.Sink;
        }

        if (Markers.IsLibraryType(type) && !IsSource(type))
        {
            // MedQa's own renderers: an entry point that writes to a writer or builder renders what it is given.
            return WritesToOutput(method) ? MethodRole.Sink : MethodRole.MarkerLibrary;
        }

        return MethodRole.None;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool ComputeTextLike(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Char || IsTextLike(array.ElementType);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            var definition = generic.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, Types.TaskOfT)
                || SymbolEqualityComparer.Default.Equals(definition, Types.ValueTaskOfT)
                || TypeRelations.Implements(definition, Types.EnumerableOfT))
            {
                // Task<string>, IEnumerable<string>, List<IHtmlContent>: what they hold is shown.
                return IsTextLike(generic.TypeArguments[0]);
            }
        }

        return SymbolEqualityComparer.Default.Equals(type, Types.StringBuilder)
            || SymbolEqualityComparer.Default.Equals(type, Types.FormattableString)
            || SymbolEqualityComparer.Default.Equals(type, Types.MarkupString)
            || TypeRelations.Implements(type, Types.HtmlContent);
    }
}
