using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>Lookups that survive a type defined twice in the references.</summary>
public sealed class TypeLookupTests
{
    private const string Duplicate = "namespace Shared { public sealed class Twice { } }";

    [Fact]
    public void Best_TypeInTwoReferences_IsNullButAllFindsBoth()
    {
        var compilation = Compile("namespace Host { public sealed class C { } }", Library("One", Duplicate), Library("Two", Duplicate));
        Assert.Null(TypeLookup.Best(compilation, "Shared.Twice"));
        Assert.Equal(2, TypeLookup.All(compilation, "Shared.Twice").Length);
    }

    [Fact]
    public void Best_OwnDefinitionAndReference_PrefersOwn()
    {
        var compilation = Compile(Duplicate, Library("One", Duplicate));
        Assert.Equal(compilation.Assembly, TypeLookup.Best(compilation, "Shared.Twice")!.ContainingAssembly, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void Best_InternalTypeOfReference_IsNotVisible()
    {
        var compilation = Compile("namespace Host { }", Library("One", "namespace Shared { internal sealed class Twice { } }"));
        Assert.Null(TypeLookup.Best(compilation, "Shared.Twice"));
    }

    [Theory]
    [InlineData("System.Collections.Generic.List`1", "List", 1)]
    [InlineData("System.Collections.Generic.Dictionary`2+KeyCollection", "KeyCollection", 0)]
    [InlineData("System.String", "String", 0)]
    [InlineData("Shared.Outer+Inner`1", "Inner", 1)]
    public void All_MetadataNames_FindTheTypeByNamespaceArityAndNesting(string metadataName, string name, int arity)
    {
        var compilation = Compile("namespace Host { }", Library("One", "namespace Shared { public class Outer { public class Inner<T> { } } }"));
        var type = Assert.Single(TypeLookup.All(compilation, metadataName));
        Assert.Equal(name, type.Name);
        Assert.Equal(arity, type.Arity);
        Assert.Equal(compilation.GetTypesByMetadataName(metadataName).Single(), type, SymbolEqualityComparer.Default);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Missing.Namespace.Type")]
    [InlineData("System.Collections.Generic.List`2")]
    [InlineData("System.Collections.Generic.List")]
    [InlineData("System..String")]
    [InlineData("Shared.Outer+Missing")]
    [InlineData("Xunit.FactAttribute")]
    public void All_AbsentOrMalformedName_FindsNothing(string metadataName)
    {
        var compilation = Compile("namespace Host { }", Library("One", "namespace Shared { public class Outer { } }"));
        Assert.Empty(TypeLookup.All(compilation, metadataName));
        Assert.Empty(compilation.GetTypesByMetadataName(metadataName));
    }

    internal static CSharpCompilation Compile(string source, params MetadataReference[] references)
        => CSharpCompilation.Create(
            "Host",
            [CSharpSyntaxTree.ParseText(source)],
            [.. TestReferences.Framework, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    internal static MetadataReference Library(string name, string source) => LibraryWith(name, source);

    internal static MetadataReference LibraryWith(string name, string source, params MetadataReference[] references)
    {
        var library = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [.. TestReferences.Framework, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = library.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
