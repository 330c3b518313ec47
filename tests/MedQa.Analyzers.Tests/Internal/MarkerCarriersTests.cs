using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using static MedQa.Analyzers.Tests.Internal.TypeLookupTests;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// Which assemblies' symbols can carry MedQa's markers: the compilation's own, the markers', and whatever references
/// them through any chain; not the framework, not a package that never sees the markers.
/// </summary>
public sealed class MarkerCarriersTests
{
    private const string MarkerSource = "namespace MedQa { public sealed class RequiresMedicalDisclaimerAttribute : System.Attribute { } }";

    [Fact]
    public void CanCarry_ChainOfReferences_ReachesTheMarkers()
    {
        var markers = Library("Markers", MarkerSource);
        var direct = LibraryWith("Direct", "namespace D { public class A { [MedQa.RequiresMedicalDisclaimer] public string B => \"\"; } }", markers);
        var indirect = LibraryWith("Indirect", "namespace I { public class C : D.A { } }", direct, markers);
        var unrelated = Library("Unrelated", "namespace U { public class E { } }");
        var compilation = Compile("namespace Host { public class H { } }", markers, direct, indirect, unrelated);
        var carriers = new MarkerCarriers(compilation, [Assembly(compilation, "Markers")]);

        Assert.True(carriers.CanCarry(compilation.Assembly));
        Assert.True(carriers.CanCarry(Assembly(compilation, "Markers")));
        Assert.True(carriers.CanCarry(Assembly(compilation, "Direct")));
        Assert.True(carriers.CanCarry(Assembly(compilation, "Indirect")));
        Assert.False(carriers.CanCarry(Assembly(compilation, "Unrelated")));
        Assert.False(carriers.CanCarry(compilation.GetSpecialType(SpecialType.System_String).ContainingAssembly));
    }

    [Fact]
    public void CanCarry_IndirectReferenceOnly_StillCarries()
    {
        // Indirect names no marker assembly itself: it sees the markers only through Direct.
        var markers = Library("Markers", MarkerSource);
        var direct = LibraryWith("Direct", "namespace D { public class A { [MedQa.RequiresMedicalDisclaimer] public virtual string B => \"\"; } }", markers);
        var indirect = LibraryWith("Indirect", "namespace I { public class C : D.A { public override string B => \"\"; } }", direct);
        var compilation = Compile("namespace Host { public class H { } }", markers, direct, indirect);
        var carriers = new MarkerCarriers(compilation, [Assembly(compilation, "Markers")]);

        Assert.True(carriers.CanCarry(Assembly(compilation, "Indirect")));
    }

    [Fact]
    public void CanCarry_NoAssembly_IsAssumed()
    {
        var compilation = Compile("namespace Host { }");
        Assert.True(new MarkerCarriers(compilation, []).CanCarry(null));
    }

    [Fact]
    public void IsMarkedMember_OverrideInAnotherAssembly_FindsTheMarkerThroughTheChain()
    {
        var markers = Library("Markers", MarkerSource + " namespace MedQa { public sealed class RendersMedicalDisclaimerAttribute : System.Attribute { } }");
        var direct = LibraryWith("Direct", "namespace D { public class A { [MedQa.RequiresMedicalDisclaimer] public virtual string B => \"\"; } }", markers);
        var indirect = LibraryWith("Indirect", "namespace I { public class C : D.A { public override string B => \"\"; } }", direct);
        var compilation = Compile("namespace Host { public class H { } }", markers, direct, indirect);
        var found = Markers.TryCreate(compilation)!;
        var overriding = compilation.GetTypeByMetadataName("I.C")!.GetMembers("B").Single();
        var framework = compilation.GetSpecialType(SpecialType.System_String).GetMembers("Length").Single();

        Assert.True(found.IsMarkedMember(overriding));
        Assert.False(found.IsMarkedMember(framework));
    }

    private static IAssemblySymbol Assembly(Compilation compilation, string name)
        => compilation.SourceModule.ReferencedAssemblySymbols.Single(assembly => assembly.Name == name);
}
