using FsCheck.Xunit;
using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>What the API lists say of a method survives packing into the cache's one integer.</summary>
public sealed class MethodApisTests
{
    private const int AllKinds = (int)(MethodApiKinds.Partial | MethodApiKinds.ViewComponentInvoke | MethodApiKinds.View
        | MethodApiKinds.PartialView | MethodApiKinds.EndpointMap | MethodApiKinds.ComponentView | MethodApiKinds.BuilderMember | MethodApiKinds.RenderTreeMember);

    [Property(MaxTest = 500)]
    public bool FromBits_OfBits_GivesBackEveryPart(byte roleSeed, int kindsSeed, bool isSource, bool isMarked, bool inAllContentType)
    {
        var roles = Enum.GetValues<MethodRole>();
        var role = roles[roleSeed % roles.Length];
        var kinds = (MethodApiKinds)(kindsSeed & AllKinds);
        var packed = MethodApis.FromBits(new MethodApis(role, kinds, isSource, isMarked, inAllContentType).Bits);

        return packed.Role == role && packed.Kinds == kinds && packed.IsSource == isSource
            && packed.IsMarked == isMarked && packed.InAllContentType == inAllContentType;
    }

    [Fact]
    public void Is_AsksOneKind()
    {
        var apis = new MethodApis(MethodRole.Sink, MethodApiKinds.View | MethodApiKinds.EndpointMap, isSource: false, isMarked: false, inAllContentType: false);

        Assert.True(apis.Is(MethodApiKinds.View));
        Assert.True(apis.Is(MethodApiKinds.EndpointMap));
        Assert.False(apis.Is(MethodApiKinds.Partial));
        Assert.Equal(MethodRole.Sink, apis.Role);
    }

    [Fact]
    public void Default_IsAnOrdinaryMethodOnNoList()
    {
        var apis = MethodApis.FromBits(0);

        Assert.Equal(MethodRole.None, apis.Role);
        Assert.Equal(MethodApiKinds.None, apis.Kinds);
        Assert.False(apis.IsSource || apis.IsMarked || apis.InAllContentType);
    }
}
