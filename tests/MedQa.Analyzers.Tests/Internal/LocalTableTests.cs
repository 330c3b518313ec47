using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using static MedQa.Analyzers.Tests.Internal.TypeLookupTests;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>A body's locals: none until assigned, then the last value set, found by symbol equality.</summary>
public sealed class LocalTableTests
{
    [Fact]
    public void Indexer_NotSet_IsNone()
    {
        var table = new LocalTable();
        Assert.True(table[Symbol("a")].IsNone);
    }

    [Fact]
    public void Set_Twice_KeepsTheLastValue()
    {
        var table = new LocalTable();
        var local = Symbol("a");
        table.Set(local, ContentValue.BareOf("Answer"));
        table.Set(local, ContentValue.Of("Answer.Body"));

        Assert.Equal("Answer.Body", table[local].Member);
        Assert.True(table[Symbol("b")].IsNone);
    }

    private static ISymbol Symbol(string name)
        => Compile($"public static class C {{ public static int {name}; }}").GetTypeByMetadataName("C")!.GetMembers(name).Single();
}
