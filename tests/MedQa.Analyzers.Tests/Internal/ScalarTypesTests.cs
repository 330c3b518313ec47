using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>Which values the walker leaves out as never content, and that leaving them out keeps what content is.</summary>
public sealed class ScalarTypesTests
{
    private const string Declarations = """
        using System;
        namespace Host
        {
            public enum Vote { Up, Down }
            public struct Point { public string Label; }
            public sealed class Probe<T>
            {
                public bool B; public byte U8; public int I; public long L; public decimal M; public double D; public float F;
                public DateTime When; public Vote V; public int? MaybeI; public Vote? MaybeV; public nint N;
                public char C; public string S = ""; public object O = ""; public T Value = default!; public Point P;
                public DateTimeOffset Offset; public char? MaybeC; public Guid G;
            }
        }
        """;

    [Theory]
    [InlineData("B")]
    [InlineData("U8")]
    [InlineData("I")]
    [InlineData("L")]
    [InlineData("M")]
    [InlineData("D")]
    [InlineData("F")]
    [InlineData("When")]
    [InlineData("V")]
    [InlineData("MaybeI")]
    [InlineData("MaybeV")]
    [InlineData("N")]
    public void IsScalar_NumbersBooleansEnumsAndDates_AreScalar(string field)
        => Assert.True(ScalarTypes.IsScalar(FieldType(field)));

    [Theory]
    [InlineData("C")] // a character of an answer's body is a piece of it
    [InlineData("MaybeC")]
    [InlineData("S")]
    [InlineData("O")] // an object may hold a string
    [InlineData("Value")] // so may a type parameter
    [InlineData("P")] // and a struct of the project's
    [InlineData("Offset")] // only the compiler's special types are known to be scalar
    [InlineData("G")]
    public void IsScalar_TextAndWhatMayHoldIt_AreNot(string field)
        => Assert.False(ScalarTypes.IsScalar(FieldType(field)));

    [Fact]
    public void IsScalar_Null_IsNot() => Assert.False(ScalarTypes.IsScalar(null));

    [Fact]
    public void Walk_ScalarLocals_AreNotRecordedButContentStillIs()
    {
        var summary = RenderWalks.Walk("""
            var length = answer.Body.Length;
            var words = answer.Body.Split(' ').Length;
            var text = answer.Body;
            foreach (var letter in text) { writer.Write(letter); }
            writer.Write(length + words);
            """);

        Assert.Equal(2, summary.LocalAssignments); // text, and the loop's letter; not the counts
        var sink = Assert.Single(summary.Sinks); // the letter, not the sum of counts
        Assert.Equal("Answer.Body", sink.Value.Member);
    }

    private static ITypeSymbol FieldType(string field)
    {
        var compilation = CSharpCompilation.Create("Host", [CSharpSyntaxTree.ParseText(Declarations)], TestReferences.Framework);
        return ((IFieldSymbol)compilation.GetTypeByMetadataName("Host.Probe`1")!.GetMembers(field).Single()).Type;
    }
}
