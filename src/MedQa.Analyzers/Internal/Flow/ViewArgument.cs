using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>How a <see cref="ViewArgument"/> is given, and so how its target is found (<see cref="ViewArguments"/>).</summary>
internal enum ViewArgumentKind
{
    /// <summary>A partial's model: <c>&lt;partial name="..." model="..."&gt;</c>, <c>Html.PartialAsync(name, model)</c>.</summary>
    Partial,

    /// <summary>An action's view model: <c>View(model)</c>, <c>View(name, model)</c>.</summary>
    View,

    /// <summary>An action's partial view model: <c>PartialView(name, model)</c>.</summary>
    PartialView,

    /// <summary>A view component's view model: <c>View(model)</c>, <c>View(name, model)</c> in the view component.</summary>
    ComponentView,

    /// <summary>A view component's argument: <c>Component.InvokeAsync("Name", new { body = ... })</c>, <c>ViewComponent(...)</c>.</summary>
    ViewComponent,

    /// <summary>A <c>&lt;vc:name attribute="..."&gt;</c> attribute: a property of Razor's generated tag helper for the view component.</summary>
    ViewComponentTag,
}

/// <summary>
/// A value a body gives to a view (as its model) or to a view component (as an argument), before the views are
/// known: the view graph resolves it into a <see cref="CallFact"/> at the compilation end.
/// </summary>
internal sealed class ViewArgument
{
    public ViewArgument(ViewArgumentKind kind, string? name, INamedTypeSymbol? type, string? parameter, ContentValue value, Location location)
    {
        Kind = kind;
        Name = name;
        Type = type;
        Parameter = parameter;
        Value = value;
        Location = location;
    }

    public ViewArgumentKind Kind { get; }

    /// <summary>The view's, partial's or view component's name when it is a constant; null for the conventional one.</summary>
    public string? Name { get; }

    /// <summary>The view component class (<c>InvokeAsync&lt;T&gt;</c>, <c>typeof(T)</c>), or Razor's generated <c>&lt;vc:&gt;</c> tag helper.</summary>
    public INamedTypeSymbol? Type { get; }

    /// <summary>The view component parameter the value binds to (case-insensitive, as MVC binds); null for the whole argument.</summary>
    public string? Parameter { get; }

    public ContentValue Value { get; }

    public Location Location { get; }
}
