using System;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The model a Razor view receives (<c>&lt;partial model="..."&gt;</c>, <c>PartialAsync(name, model)</c>,
/// <c>View(model)</c>, a view component's <c>View(model)</c>): a parameter of the view. When the view renders its
/// model, the place that gives the model renders what it gives (as a method's parameter does for its call sites).
/// </summary>
internal sealed class ViewModelSlot : IEquatable<ViewModelSlot>
{
    public ViewModelSlot(INamedTypeSymbol view) => View = view.OriginalDefinition;

    /// <summary>The view's generated class.</summary>
    public INamedTypeSymbol View { get; }

    public bool Equals(ViewModelSlot? other) => other is not null && SymbolEqualityComparer.Default.Equals(View, other.View);

    public override bool Equals(object? obj) => Equals(obj as ViewModelSlot);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(View);

    public override string ToString() => View.Name + ".Model";
}
