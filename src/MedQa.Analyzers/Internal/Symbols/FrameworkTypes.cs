using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>The framework types MEDQA001 keys on, each resolved once by <see cref="TypeLookup.Best"/> (null when absent).</summary>
internal sealed class FrameworkTypes
{
    public FrameworkTypes(Compilation compilation)
    {
        StringBuilder = TypeLookup.Best(compilation, "System.Text.StringBuilder");
        TextWriter = TypeLookup.Best(compilation, "System.IO.TextWriter");
        BufferWriter = TypeLookup.Best(compilation, "System.Buffers.IBufferWriter`1");
        TaskOfT = TypeLookup.Best(compilation, "System.Threading.Tasks.Task`1");
        ValueTaskOfT = TypeLookup.Best(compilation, "System.Threading.Tasks.ValueTask`1");
        EnumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        FormattableString = TypeLookup.Best(compilation, "System.FormattableString");
        HtmlContent = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Html.IHtmlContent");
        HtmlContentBuilder = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Html.IHtmlContentBuilder");
        MarkupString = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Components.MarkupString");
        Component = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Components.IComponent");
        LayoutComponentBase = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Components.LayoutComponentBase");
        LayoutAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Components.LayoutAttribute");
        RouteAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Components.RouteAttribute");
        ViewComponent = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ViewComponent");
        ViewComponentAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ViewComponentAttribute");
        TagHelper = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Razor.TagHelpers.ITagHelper");
        RazorPageBase = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.Razor.RazorPageBase");
        CompiledItemMetadata = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadataAttribute");
        TagHelperAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Razor.TagHelpers.TagHelperAttribute");
        ControllerBase = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ControllerBase");
        ControllerAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ControllerAttribute");
        NonControllerAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.NonControllerAttribute");
        NonActionAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.NonActionAttribute");
        AreaAttribute = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.AreaAttribute");
        ViewDataDictionary = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary");
        TempDataDictionary = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary");
        RenderTreeBuilder = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder");
        MedicalDisclaimer = TypeLookup.Best(compilation, "MedQa.MedicalDisclaimer");
        PartialTagHelper = TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.TagHelpers.PartialTagHelper");
        ModelProperties = new[]
        {
            Property(TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.Razor.RazorPage`1"), "Model"),
            Property(TypeLookup.Best(compilation, "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary`1"), "Model"),
            Property(ViewDataDictionary, "Model"),
        };
        if (RazorPageBase is not null)
        {
            foreach (var member in RazorPageBase.GetMembers("Layout"))
            {
                LayoutProperty ??= member as IPropertySymbol;
            }
        }
    }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? BufferWriter { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol EnumerableOfT { get; }

    public INamedTypeSymbol? FormattableString { get; }

    public INamedTypeSymbol? HtmlContent { get; }

    public INamedTypeSymbol? HtmlContentBuilder { get; }

    public INamedTypeSymbol? MarkupString { get; }

    public INamedTypeSymbol? Component { get; }

    public INamedTypeSymbol? LayoutComponentBase { get; }

    public INamedTypeSymbol? LayoutAttribute { get; }

    public INamedTypeSymbol? RouteAttribute { get; }

    public INamedTypeSymbol? ViewComponent { get; }

    public INamedTypeSymbol? ViewComponentAttribute { get; }

    public INamedTypeSymbol? TagHelper { get; }

    public INamedTypeSymbol? RazorPageBase { get; }

    public INamedTypeSymbol? CompiledItemMetadata { get; }

    public INamedTypeSymbol? TagHelperAttribute { get; }

    public INamedTypeSymbol? ControllerBase { get; }

    public INamedTypeSymbol? ControllerAttribute { get; }

    public INamedTypeSymbol? NonControllerAttribute { get; }

    public INamedTypeSymbol? NonActionAttribute { get; }

    public INamedTypeSymbol? AreaAttribute { get; }

    public INamedTypeSymbol? ViewDataDictionary { get; }

    public INamedTypeSymbol? TempDataDictionary { get; }

    public INamedTypeSymbol? RenderTreeBuilder { get; }

    /// <summary>MedQa's disclaimer: writing its text or statements renders the disclaimer.</summary>
    public INamedTypeSymbol? MedicalDisclaimer { get; }

    public IPropertySymbol? LayoutProperty { get; }

    /// <summary>The <c>&lt;partial&gt;</c> tag helper: its <c>Name</c> and <c>Model</c> are set by the view that uses the tag.</summary>
    public INamedTypeSymbol? PartialTagHelper { get; }

    /// <summary>A view's <c>Model</c> (<c>RazorPage&lt;T&gt;.Model</c>, <c>ViewData.Model</c>): what the view receives (null where absent).</summary>
    public IPropertySymbol?[] ModelProperties { get; }

    private static IPropertySymbol? Property(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }
}
