using System;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What MEDQA001 asks of a field or property each time a body reads or writes it, answered together by
/// <see cref="RenderContext.FactsOf(ISymbol)"/>: one cache read instead of five.
/// </summary>
[Flags]
internal enum MemberFacts
{
    None = 0,

    /// <summary>Declared in this compilation: what is stored in it flows compilation-wide.</summary>
    Source = 1 << 0,

    /// <summary>Marked <c>[RequiresMedicalDisclaimer]</c> (<see cref="Markers.IsMarkedMember"/>): it is answer content.</summary>
    Marked = 1 << 1,

    /// <summary>Marked <c>[RendersMedicalDisclaimer]</c>: reading it renders the disclaimer.</summary>
    RendersDisclaimer = 1 << 2,

    /// <summary>A property whose getter is declared in this compilation: reading it calls the getter.</summary>
    SourceGetter = 1 << 3,

    /// <summary>Its type is text a page can show (<see cref="TypeFacts.TextLike"/>).</summary>
    TextLikeType = 1 << 4,

    /// <summary>Its type is marked (<see cref="TypeFacts.Marked"/>): a value of it is content once turned into text.</summary>
    MarkedType = 1 << 5,

    /// <summary>The type that declares it is marked and marks none of its members (<see cref="TypeFacts.AllTextIsContent"/>).</summary>
    InAllContentType = 1 << 6,
}
