namespace MedQa.Serialization;

/// <summary>
/// The wire shape of a <see cref="MedQa.Disclosure"/> (version 2): <c>{"kind":"none"}</c>, or
/// <c>{"kind":"conflict","statement":"…"}</c>; an explicit kind, so that "declared none" never reads as "not stated".
/// </summary>
internal sealed class WireDisclosure
{
    /// <summary>"none" or "conflict".</summary>
    public string? Kind { get; set; }

    /// <summary>Required for "conflict", absent for "none".</summary>
    public string? Statement { get; set; }
}
