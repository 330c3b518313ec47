namespace MedQa.Analyzers.Internal;

/// <summary>What a render unit (one response, or one piece of one) is.</summary>
internal enum UnitKind
{
    /// <summary>A C# class that writes output itself.</summary>
    Class,

    /// <summary>A Razor page, MVC view, layout or partial (a compiled .cshtml).</summary>
    View,

    /// <summary>A Blazor component (.razor or a C# <c>IComponent</c>).</summary>
    Component,

    /// <summary>An MVC view component.</summary>
    ViewComponent,

    /// <summary>A tag helper of the project.</summary>
    TagHelper,

    /// <summary>One controller action: its response, not its controller's.</summary>
    Action,

    /// <summary>One minimal-API handler (a lambda or a method given to <c>Map*</c>).</summary>
    Handler,
}
