namespace MedQa.Analyzers.Internal;

/// <summary>
/// What MEDQA001's API lists and markers say of one method, resolved once per method definition by
/// <see cref="RenderContext.ApisOf"/>: every call asks all of it, so one lookup answers all.
/// </summary>
/// <remarks>
/// Packed into one <see cref="int"/> (<see cref="Bits"/>) so that the per-thread cache holds an <see cref="int"/>, as
/// the other symbol caches do: a dictionary of a struct of its own is generic code the JIT compiles anew in every
/// build, and runs unoptimized at first, on the hottest lookup of the walk.
/// </remarks>
internal readonly struct MethodApis
{
    private const int KindsShift = 8; // MethodRole in the low byte, then MethodApiKinds, then the flags
    private const int IsSourceBit = 1 << 24;
    private const int IsMarkedBit = 1 << 25;
    private const int InAllContentTypeBit = 1 << 26;

    public MethodApis(MethodRole role, MethodApiKinds kinds, bool isSource, bool isMarked, bool inAllContentType)
        => Bits = (int)role | ((int)kinds << KindsShift) | (isSource ? IsSourceBit : 0) | (isMarked ? IsMarkedBit : 0) | (inAllContentType ? InAllContentTypeBit : 0);

    private MethodApis(int bits) => Bits = bits;

    /// <summary>The packed form, as <see cref="FromBits"/> takes it back.</summary>
    public int Bits { get; }

    public MethodRole Role => (MethodRole)(Bits & 0xFF);

    public MethodApiKinds Kinds => (MethodApiKinds)((Bits >> KindsShift) & 0xFFFF);

    /// <summary>Declared in this compilation (<see cref="RenderContext.IsSource"/>).</summary>
    public bool IsSource => (Bits & IsSourceBit) != 0;

    /// <summary>Marked <c>[RequiresMedicalDisclaimer]</c> (<see cref="Markers.IsMarkedMember"/>): its result is answer content.</summary>
    public bool IsMarked => (Bits & IsMarkedBit) != 0;

    /// <summary>Declared by a marked type that marks none of its members (<see cref="TypeFacts.AllTextIsContent"/>): the text it returns is content.</summary>
    public bool InAllContentType => (Bits & InAllContentTypeBit) != 0;

    public static MethodApis FromBits(int bits) => new(bits);

    public bool Is(MethodApiKinds kind) => (Kinds & kind) != 0;
}
