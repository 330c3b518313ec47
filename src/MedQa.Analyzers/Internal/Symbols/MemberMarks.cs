using System;

namespace MedQa.Analyzers.Internal;

/// <summary>Which of MedQa's markers a member carries, through its chain (<see cref="Markers.MarksOf"/>).</summary>
[Flags]
internal enum MemberMarks
{
    None = 0,

    /// <summary><c>[RequiresMedicalDisclaimer]</c>: the member is answer content.</summary>
    Requires = 1,

    /// <summary><c>[RendersMedicalDisclaimer]</c>: the member renders the disclaimer.</summary>
    Renders = 2,
}
