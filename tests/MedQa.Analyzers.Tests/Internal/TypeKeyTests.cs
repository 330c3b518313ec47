using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// The memo key of a type is one object per type, whatever the top-level annotation an operation gives it, and the
/// same type by the memo's comparer: its facts are asked once, not once per use.
/// </summary>
public sealed class TypeKeyTests
{
    private const string Source = """
        #nullable enable
        namespace Host
        {
            public sealed class Item { public string Name = ""; public int Id; }
            public static class Uses
            {
                public static string Run(Item item, Item? maybe, string? note)
                {
                    var a = item.Name + item.Name;
                    var b = maybe?.Name ?? note ?? a;
                    var n = item.Id + item.Id + (maybe?.Id ?? 0);
                    var items = new[] { item, item };
                    return a + b + n + items.Length + note;
                }
            }
        #nullable disable
            public static class Oblivious // as Razor's generated code is in parts: its value types are a new object at each use
            {
                public static int Count(Item item) => item.Id + item.Id + item.Name.Length;
            }
        #nullable restore
        }
        """;

    [Theory]
    [InlineData("Host.Item")]
    [InlineData("System.String")]
    [InlineData("System.Int32")]
    public void Of_EveryUseOfAType_IsOneObjectEqualToTheType(string metadataName)
    {
        var types = TypesOfOperations(out var compilation);
        var type = compilation.GetTypeByMetadataName(metadataName);
        var uses = types.Where(t => SymbolEqualityComparer.Default.Equals(t, type)).ToList();

        Assert.True(uses.Count >= 3, $"{uses.Count} uses of {type}");
        Assert.True(uses.Distinct(ReferenceEqualityComparer.Instance).Count() > 1, "the uses are already one object: the test would not show the key's effect");
        var keys = uses.Select(TypeKey.Of).Distinct(ReferenceEqualityComparer.Instance).Cast<ITypeSymbol>().ToList();
        var key = Assert.Single(keys);
        Assert.All(uses, use => Assert.True(SymbolEqualityComparer.Default.Equals(use, key)));
    }

    [Fact]
    public void Of_ANullableValueType_StaysNullable()
    {
        var nullableInt = TypesOfOperations(out _).First(t => t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T });

        Assert.True(SymbolEqualityComparer.Default.Equals(nullableInt, TypeKey.Of(nullableInt)));
        Assert.Equal(SpecialType.System_Nullable_T, TypeKey.Of(nullableInt).OriginalDefinition.SpecialType);
    }

    private static List<ITypeSymbol> TypesOfOperations(out Compilation compilation)
    {
        var tree = CSharpSyntaxTree.ParseText(Source);
        compilation = CSharpCompilation.Create("Host", [tree], TestReferences.Framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var model = compilation.GetSemanticModel(tree);
        return [.. tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .SelectMany(method => model.GetOperation(method)!.Descendants())
            .Select(operation => operation.Type)
            .OfType<ITypeSymbol>()];
    }
}
