using System;

namespace MedQa.Analyzers.Internal;

/// <summary>What a type is to the framework, as <see cref="TypeTraitCache"/> computes it once per type.</summary>
[Flags]
internal enum TypeTraits
{
    None = 0,

    /// <summary>Implements Blazor's <c>IComponent</c>.</summary>
    Component = 1 << 0,

    /// <summary>Derives from Blazor's <c>LayoutComponentBase</c>.</summary>
    LayoutComponent = 1 << 1,

    /// <summary>Implements Razor's <c>ITagHelper</c>.</summary>
    TagHelper = 1 << 2,

    /// <summary>An MVC view component by MVC's rule (see <see cref="RenderContext.IsViewComponentType"/>).</summary>
    ViewComponent = 1 << 3,

    /// <summary>A writer, a builder or a UTF-8 buffer: what a method writes its output to.</summary>
    Output = 1 << 4,

    /// <summary>MVC's <c>ViewDataDictionary</c> or an <c>ITempDataDictionary</c>.</summary>
    ViewData = 1 << 5,

    /// <summary>An MVC controller by MVC's rule (<see cref="MvcConventions.IsController"/>): asked of every body's type.</summary>
    Controller = 1 << 6,
}
