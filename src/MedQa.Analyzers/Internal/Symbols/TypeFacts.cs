using System;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What MEDQA001 asks of the type of nearly every value it follows, answered together by
/// <see cref="RenderContext.FactsOf(ITypeSymbol)"/>: one cache read instead of one per question.
/// </summary>
[Flags]
internal enum TypeFacts
{
    None = 0,

    /// <summary>A page can show it (<see cref="RenderContext.IsTextLike"/>).</summary>
    TextLike = 1 << 0,

    /// <summary>Marked <c>[RequiresMedicalDisclaimer]</c>, itself or through a base type or interface (<see cref="Markers.IsMarkedType"/>).</summary>
    Marked = 1 << 1,

    /// <summary>Marked and marks none of its members: all its text is answer content (<see cref="Markers.MarksMembers"/>).</summary>
    AllTextIsContent = 1 << 2,

    /// <summary>Declared in this compilation (<see cref="RenderContext.IsSource"/>).</summary>
    Source = 1 << 3,
}
