using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The symbols MEDQA001 keys on, resolved once per compilation, with per-symbol caches so that each member's
/// attributes and sink status are computed once and then compared by symbol.
/// </summary>
internal sealed class RenderSymbols
{
    private readonly ConcurrentDictionary<ISymbol, bool> _requiresDisclaimer = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _rendersDisclaimer = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, MethodRole> _roles = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _textLike = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _sinkMembers;
    private readonly HashSet<ISymbol> _excludedMembers;
    private readonly HashSet<INamedTypeSymbol> _excludedTypes;
    private readonly HashSet<INamedTypeSymbol> _sinkTypes;
    private readonly HashSet<ISymbol> _partialMethods;
    private readonly HashSet<ISymbol> _viewComponentInvokes;

    private RenderSymbols(Compilation compilation, INamedTypeSymbol requires, INamedTypeSymbol renders, RenderOptions options)
    {
        Compilation = compilation;
        RequiresAttribute = requires;
        RendersAttribute = renders;
        MarkerAssembly = requires.ContainingAssembly;
        String = compilation.GetSpecialType(SpecialType.System_String);
        Object = compilation.GetSpecialType(SpecialType.System_Object);
        StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        TextWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        BufferWriter = compilation.GetTypeByMetadataName("System.Buffers.IBufferWriter`1");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        FormattableString = compilation.GetTypeByMetadataName("System.FormattableString");
        HtmlContent = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Html.IHtmlContent");
        HtmlContentBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Html.IHtmlContentBuilder");
        MarkupString = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Components.MarkupString");
        Component = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Components.IComponent");
        ViewComponent = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ViewComponent");
        RazorPageBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Razor.RazorPageBase");
        CompiledItemMetadata = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadataAttribute");
        TagHelperAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Razor.TagHelpers.TagHelperAttribute");
        RenderTreeBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder");
        LayoutProperty = FindMember(RazorPageBase, "Layout") as IPropertySymbol;

        _sinkTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _sinkMembers = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        AddSinks(TextWriter, "Write");
        AddSinks(HtmlContentBuilder, "Append");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Html.HtmlContentBuilder"), "Append");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Html.HtmlContentBuilderExtensions"), "Append", "Set");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent"), "Append", "Set");
        AddSinks(RazorPageBase, "Write");
        AddSinks(RenderTreeBuilder, "AddContent", "AddMarkupContent", "AddAttribute");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResponseWritingExtensions"), "WriteAsync");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results"), "Content", "Text");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults"), "Content", "Text");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase"), "Content");
        AddSinks(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel"), "Content");
        AddSinks(ViewComponent, "Content");
        foreach (var id in options.AdditionalSinks)
        {
            AddDeclared(id, _sinkMembers, _sinkTypes);
        }

        _excludedTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _excludedMembers = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var id in options.ExcludedApis)
        {
            AddDeclared(id, _excludedMembers, _excludedTypes);
        }

        _partialMethods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        AddMembers(_partialMethods, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper"), "Partial", "RenderPartial");
        AddMembers(_partialMethods, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Rendering.HtmlHelperPartialExtensions"), "Partial", "RenderPartial");
        _viewComponentInvokes = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        AddMembers(_viewComponentInvokes, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.IViewComponentHelper"), "InvokeAsync");
        AddMembers(_viewComponentInvokes, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Rendering.ViewComponentHelperExtensions"), "InvokeAsync");
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol RequiresAttribute { get; }

    public INamedTypeSymbol RendersAttribute { get; }

    public IAssemblySymbol MarkerAssembly { get; }

    public INamedTypeSymbol String { get; }

    public INamedTypeSymbol Object { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? FormattableString { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? BufferWriter { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? HtmlContent { get; }

    public INamedTypeSymbol? HtmlContentBuilder { get; }

    public INamedTypeSymbol? MarkupString { get; }

    public INamedTypeSymbol? Component { get; }

    public INamedTypeSymbol? ViewComponent { get; }

    public INamedTypeSymbol? RazorPageBase { get; }

    public INamedTypeSymbol? CompiledItemMetadata { get; }

    public INamedTypeSymbol? TagHelperAttribute { get; }

    public INamedTypeSymbol? RenderTreeBuilder { get; }

    public IPropertySymbol? LayoutProperty { get; }

    /// <summary>Resolves the markers; <see langword="null"/> when the compilation cannot see them (then MEDQA001 has nothing to do).</summary>
    public static RenderSymbols? TryCreate(Compilation compilation, RenderOptions options)
    {
        var requires = compilation.GetTypeByMetadataName("MedQa.RequiresMedicalDisclaimerAttribute");
        var renders = compilation.GetTypeByMetadataName("MedQa.RendersMedicalDisclaimerAttribute");
        return requires is null || renders is null ? null : new RenderSymbols(compilation, requires, renders, options);
    }

    /// <summary>Whether the compilation is a test project, by the test frameworks it references.</summary>
    public static bool ReferencesTestFramework(Compilation compilation)
        => compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null
        || compilation.GetTypeByMetadataName("NUnit.Framework.TestAttribute") is not null
        || compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute") is not null
        || compilation.GetTypeByMetadataName("TUnit.Core.TestAttribute") is not null;

    /// <summary>A member marked <c>[RequiresMedicalDisclaimer]</c>, directly or on a member it overrides.</summary>
    public bool IsMarkedMember(ISymbol symbol) => _requiresDisclaimer.GetOrAdd(symbol.OriginalDefinition, s => HasAttributeInChain(s, RequiresAttribute));

    /// <summary>A type marked <c>[RequiresMedicalDisclaimer]</c>, itself or through a base type or interface.</summary>
    public bool IsMarkedType(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        return _requiresDisclaimer.GetOrAdd(named.OriginalDefinition, s =>
        {
            var t = (INamedTypeSymbol)s;
            for (var current = t; current is not null; current = current.BaseType)
            {
                if (HasAttribute(current, RequiresAttribute))
                {
                    return true;
                }
            }

            foreach (var i in t.AllInterfaces)
            {
                if (HasAttribute(i, RequiresAttribute))
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>A member marked <c>[RendersMedicalDisclaimer]</c>, directly or on a member it overrides.</summary>
    public bool RendersDisclaimer(ISymbol symbol) => _rendersDisclaimer.GetOrAdd(symbol.OriginalDefinition, s => HasAttributeInChain(s, RendersAttribute));

    /// <summary>What a call to <paramref name="method"/> does with the content passed to it.</summary>
    public MethodRole RoleOf(IMethodSymbol method)
    {
        var key = (method.ReducedFrom ?? method).OriginalDefinition;
        return _roles.TryGetValue(key, out var role) ? role : _roles.GetOrAdd(key, ComputeRole(key));
    }

    /// <summary>Text-like values: what a page can show (strings, HTML content, markup, builders, objects).</summary>
    public bool IsTextLike(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Object:
                return true;
            case SpecialType.None:
                break;
            default:
                return false; // numbers, bool, char, DateTime...
        }

        return _textLike.TryGetValue(type, out var known) ? known : _textLike.GetOrAdd(type, ComputeTextLike(type));
    }

    private bool ComputeTextLike(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
        {
            return true;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && (SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, TaskOfT) || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, ValueTaskOfT)))
        {
            return IsTextLike(generic.TypeArguments[0]);
        }

        return SymbolEqualityComparer.Default.Equals(type, StringBuilder)
            || SymbolEqualityComparer.Default.Equals(type, FormattableString)
            || SymbolEqualityComparer.Default.Equals(type, MarkupString)
            || (HtmlContent is not null && Implements(type, HtmlContent));
    }

    public bool IsComponentType(INamedTypeSymbol type) => Component is not null && Implements(type, Component);

    public bool IsViewComponentType(INamedTypeSymbol type) => ViewComponent is not null && InheritsFrom(type, ViewComponent);

    public bool IsRazorPage(INamedTypeSymbol type) => RazorPageBase is not null && InheritsFrom(type, RazorPageBase);

    public bool IsPartialMethod(IMethodSymbol method) => _partialMethods.Contains((method.ReducedFrom ?? method).OriginalDefinition);

    public bool IsViewComponentInvoke(IMethodSymbol method) => _viewComponentInvokes.Contains((method.ReducedFrom ?? method).OriginalDefinition);

    public bool IsLayoutProperty(IPropertySymbol property)
    {
        for (var p = property; p is not null; p = p.OverriddenProperty)
        {
            if (SymbolEqualityComparer.Default.Equals(p.OriginalDefinition, LayoutProperty))
            {
                return true;
            }
        }

        return false;
    }

    private MethodRole ComputeRole(IMethodSymbol method)
    {
        if (RendersDisclaimer(method))
        {
            return MethodRole.RendersDisclaimer;
        }

        var type = method.ContainingType;
        if (type is null)
        {
            return MethodRole.None;
        }

        if (_excludedMembers.Contains(method) || _excludedTypes.Contains(type.OriginalDefinition))
        {
            return MethodRole.Excluded;
        }

        if (_sinkMembers.Contains(method) || _sinkTypes.Contains(type.OriginalDefinition))
        {
            return MethodRole.Sink;
        }

        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (_sinkMembers.Contains(overridden.OriginalDefinition))
            {
                return MethodRole.Sink;
            }
        }

        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, MarkerAssembly)
            && !SymbolEqualityComparer.Default.Equals(MarkerAssembly, Compilation.Assembly))
        {
            // MedQa's own renderers: an entry point that writes to a writer or builder renders what it is given.
            foreach (var parameter in method.Parameters)
            {
                if (IsOutputParameter(parameter.Type))
                {
                    return MethodRole.Sink;
                }
            }

            return MethodRole.MarkerLibrary;
        }

        return MethodRole.None;
    }

    /// <summary>A parameter a method writes its output to: a writer, a builder, a UTF-8 buffer.</summary>
    public bool IsOutputParameter(ITypeSymbol type)
        => (TextWriter is not null && InheritsFrom(type, TextWriter))
        || (BufferWriter is not null && Implements(type, BufferWriter))
        || SymbolEqualityComparer.Default.Equals(type, StringBuilder)
        || (HtmlContentBuilder is not null && Implements(type, HtmlContentBuilder));

    private void AddSinks(INamedTypeSymbol? type, params string[] prefixes)
    {
        if (type is not null)
        {
            AddMembers(_sinkMembers, type, prefixes);
        }
    }

    private static void AddMembers(HashSet<ISymbol> set, INamedTypeSymbol? type, params string[] prefixes)
    {
        if (type is null)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                foreach (var prefix in prefixes)
                {
                    if (method.Name.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        set.Add(method.OriginalDefinition);
                        break;
                    }
                }
            }
        }
    }

    private void AddDeclared(string documentationId, HashSet<ISymbol> members, HashSet<INamedTypeSymbol> types)
    {
        ImmutableArray<ISymbol> symbols;
        try
        {
            symbols = DocumentationCommentId.GetSymbolsForDeclarationId(documentationId, Compilation);
        }
        catch (ArgumentException)
        {
            return;
        }

        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    types.Add(type.OriginalDefinition);
                    break;
                case IMethodSymbol method:
                    members.Add(method.OriginalDefinition);
                    break;
                case IPropertySymbol property:
                    if (property.GetMethod is not null)
                    {
                        members.Add(property.GetMethod.OriginalDefinition);
                    }

                    if (property.SetMethod is not null)
                    {
                        members.Add(property.SetMethod.OriginalDefinition);
                    }

                    break;
            }
        }
    }

    private static ISymbol? FindMember(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        var members = type.GetMembers(name);
        return members.Length > 0 ? members[0] : null;
    }

    private static bool HasAttributeInChain(ISymbol symbol, INamedTypeSymbol attribute)
    {
        for (var current = symbol; current is not null; current = Overridden(current))
        {
            if (HasAttribute(current, attribute))
            {
                return true;
            }

            if (current is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } && HasAttribute(property, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol m => m.OverriddenMethod,
        IPropertySymbol p => p.OverriddenProperty,
        _ => null,
    };

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    public static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Implements(ITypeSymbol type, INamedTypeSymbol @interface)
    {
        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
        {
            return true;
        }

        foreach (var i in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, @interface))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What a called method does with content.</summary>
internal enum MethodRole
{
    /// <summary>An ordinary method: its text result carries content when an argument or its receiver does.</summary>
    None,

    /// <summary>An output sink: content passed to it is rendered.</summary>
    Sink,

    /// <summary>Marked <c>[RendersMedicalDisclaimer]</c>.</summary>
    RendersDisclaimer,

    /// <summary>Serialization and other excluded APIs: their result never counts as rendered content.</summary>
    Excluded,

    /// <summary>A method of the assembly that defines the markers (MedQa.Core): values of marked types passed to it flow into its text result.</summary>
    MarkerLibrary,
}
