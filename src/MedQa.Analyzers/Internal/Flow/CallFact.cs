using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// A value passed to a parameter of the compilation's own method (or constructor): the parameter receives it
/// (forward, for view-model members), and when that parameter reaches a sink the call site renders it (backward).
/// </summary>
internal sealed class CallFact
{
    public CallFact(IParameterSymbol parameter, ContentValue argument, Location location)
    {
        Parameter = parameter;
        Argument = argument;
        Location = location;
    }

    /// <summary>The callee's parameter (original definition).</summary>
    public IParameterSymbol Parameter { get; }

    public ContentValue Argument { get; }

    public Location Location { get; }
}
