namespace MedQa.Analyzers.Internal;

/// <summary>What MEDQA001's API lists say of one method, resolved once per method definition by <see cref="RenderContext.ApisOf"/>.</summary>
internal readonly struct MethodApis
{
    public MethodApis(MethodRole role, MethodApiKinds kinds)
    {
        Role = role;
        Kinds = kinds;
    }

    public MethodRole Role { get; }

    public MethodApiKinds Kinds { get; }

    public bool Is(MethodApiKinds kind) => (Kinds & kind) != 0;
}
