using System;

namespace MedQa.Analyzers.Internal;

/// <summary>The built-in API lists (<see cref="BuiltInApis"/>) a method is on, besides its <see cref="MethodRole"/>.</summary>
[Flags]
internal enum MethodApiKinds
{
    None = 0,

    /// <summary>Renders a partial view by name (<c>Html.PartialAsync</c>).</summary>
    Partial = 1 << 0,

    /// <summary>Invokes a view component by name (<c>Component.InvokeAsync</c>).</summary>
    ViewComponentInvoke = 1 << 1,

    /// <summary>An action's <c>View()</c>.</summary>
    View = 1 << 2,

    /// <summary>An action's <c>PartialView()</c>.</summary>
    PartialView = 1 << 3,

    /// <summary>A minimal-API <c>Map*</c>: its delegate argument is a handler.</summary>
    EndpointMap = 1 << 4,

    /// <summary>A view component's <c>View(model)</c>: the model is given to the component's view.</summary>
    ComponentView = 1 << 5,

    /// <summary>A method of <c>StringBuilder</c>: a call chained on a builder local stores its arguments in the builder.</summary>
    BuilderMember = 1 << 6,

    /// <summary>A method of Blazor's <c>RenderTreeBuilder</c>: a step of a component's render tree.</summary>
    RenderTreeMember = 1 << 7,
}
