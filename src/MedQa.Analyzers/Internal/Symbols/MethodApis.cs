namespace MedQa.Analyzers.Internal;

/// <summary>
/// What MEDQA001's API lists and markers say of one method, resolved once per method definition by
/// <see cref="RenderContext.ApisOf"/>: every call asks all of it, so one lookup answers all.
/// </summary>
internal readonly struct MethodApis
{
    public MethodApis(MethodRole role, MethodApiKinds kinds, bool isSource, bool isMarked, bool inAllContentType)
    {
        Role = role;
        Kinds = kinds;
        IsSource = isSource;
        IsMarked = isMarked;
        InAllContentType = inAllContentType;
    }

    public MethodRole Role { get; }

    public MethodApiKinds Kinds { get; }

    /// <summary>Declared in this compilation (<see cref="RenderContext.IsSource"/>).</summary>
    public bool IsSource { get; }

    /// <summary>Marked <c>[RequiresMedicalDisclaimer]</c> (<see cref="Markers.IsMarkedMember"/>): its result is answer content.</summary>
    public bool IsMarked { get; }

    /// <summary>Declared by a marked type that marks none of its members (<see cref="TypeFacts.AllTextIsContent"/>): the text it returns is content.</summary>
    public bool InAllContentType { get; }

    public bool Is(MethodApiKinds kind) => (Kinds & kind) != 0;
}
