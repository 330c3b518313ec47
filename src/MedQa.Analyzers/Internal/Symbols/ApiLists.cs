using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The compilation's API lists, built-in (<see cref="BuiltInApis"/>) and configured (<see cref="RuleOptions"/>), each
/// resolved once from documentation ids to symbols (<see cref="SymbolSet"/>). Immutable once built: one instance
/// serves the compilation's context and every walker's view of it (<see cref="RenderContext.ForOneUser"/>).
/// </summary>
internal sealed class ApiLists
{
    private readonly SymbolSet _partials;
    private readonly SymbolSet _viewComponentInvokes;
    private readonly SymbolSet _views;
    private readonly SymbolSet _partialViews;
    private readonly SymbolSet _componentViews;
    private readonly SymbolSet _endpointMaps;

    public ApiLists(Compilation compilation, RuleOptions options)
    {
        Sinks = new SymbolSet(compilation, Concat(BuiltInApis.Sinks, options.AdditionalSinks));
        Excluded = new SymbolSet(compilation, options.ExcludedApis);
        MemberNames = new SymbolSet(compilation, BuiltInApis.MemberNames);
        _partials = new SymbolSet(compilation, BuiltInApis.Partials);
        _viewComponentInvokes = new SymbolSet(compilation, BuiltInApis.ViewComponentInvokes);
        _views = new SymbolSet(compilation, BuiltInApis.Views);
        _partialViews = new SymbolSet(compilation, BuiltInApis.PartialViews);
        _componentViews = new SymbolSet(compilation, BuiltInApis.ComponentViews);
        _endpointMaps = new SymbolSet(compilation, BuiltInApis.EndpointMaps);
    }

    /// <summary>What writes its arguments to the response: the built-in sinks and <c>additional_sinks</c>.</summary>
    public SymbolSet Sinks { get; }

    /// <summary>The APIs <c>excluded_apis</c> says are not sinks.</summary>
    public SymbolSet Excluded { get; }

    /// <summary>HTML helpers that show a model member's name, id or validation message, not its value: never content.</summary>
    public SymbolSet MemberNames { get; }

    /// <summary>Which of the Razor and MVC lists (partials, view components, views, endpoint maps) name a method.</summary>
    public MethodApiKinds KindsOf(IMethodSymbol method)
    {
        var kinds = MethodApiKinds.None;
        kinds |= _partials.Contains(method) ? MethodApiKinds.Partial : MethodApiKinds.None;
        kinds |= _viewComponentInvokes.Contains(method) ? MethodApiKinds.ViewComponentInvoke : MethodApiKinds.None;
        kinds |= _views.Contains(method) ? MethodApiKinds.View : MethodApiKinds.None;
        kinds |= _partialViews.Contains(method) ? MethodApiKinds.PartialView : MethodApiKinds.None;
        kinds |= _endpointMaps.Contains(method) ? MethodApiKinds.EndpointMap : MethodApiKinds.None;
        kinds |= _componentViews.Contains(method) ? MethodApiKinds.ComponentView : MethodApiKinds.None;
        return kinds;
    }

    private static string[] Concat(string[] first, string[] second)
    {
        var result = new string[first.Length + second.Length];
        first.CopyTo(result, 0);
        second.CopyTo(result, first.Length);
        return result;
    }
}
