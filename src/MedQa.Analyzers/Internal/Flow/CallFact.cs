using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// A value passed to a parameter of the compilation's own method (or constructor, or view component), or given to a
/// view as its model (<see cref="ViewModelSlot"/>): the parameter receives it (forward, for view-model members), and
/// when that parameter reaches a sink the call site renders it (backward).
/// </summary>
internal sealed class CallFact
{
    public CallFact(object parameter, ContentValue argument, Location location)
    {
        Parameter = parameter;
        Argument = argument;
        Location = location;
    }

    /// <summary>The callee's parameter (an <see cref="IParameterSymbol"/>, original definition) or a view's <see cref="ViewModelSlot"/>.</summary>
    public object Parameter { get; }

    public ContentValue Argument { get; }

    public Location Location { get; }
}
