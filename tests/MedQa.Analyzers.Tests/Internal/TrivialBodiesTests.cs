using System.Collections.Immutable;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// A field's or property's initializer of a literal or a default is left unwalked (<see cref="TrivialBodies"/>),
/// and only then: the walk of each such body finds nothing, and every other shape is walked.
/// </summary>
public sealed class TrivialBodiesTests
{
    private const string Source = """
        namespace Host
        {
            public sealed class Runner { }

            public static class Store
            {
                public static Answer Latest { get; } = new Answer();
            }

            public sealed class Page
            {
                // Razor's shapes: injected properties, a tag helper scope's backing field, constants.
                public Runner Injected { get; private set; } = default!;
                private Runner _backed = null;
                private const string PartialName = "_Disclaimer";
                private int _count = 5;
                private string _label = ("label");

                // Not trivial: content, a construction, a call, a disclaimer.
                private string _body = Store.Latest.Body;
                private Runner _runner = new Runner();
                private string _trimmed = " x ".Trim();
                private string _disclaimer = MedQa.Disclaimer.Html();
                public string Method() => "text";
            }
        }
        """;

    [Theory]
    [InlineData("Injected")]
    [InlineData("_backed")]
    [InlineData("PartialName")]
    [InlineData("_count")]
    [InlineData("_label")]
    public void Initializer_OfALiteralOrADefault_IsTrivialAndItsWalkFindsNothing(string member)
    {
        var (context, blocks, symbol) = BodyOf(member);

        Assert.True(TrivialBodies.IsTrivial(blocks));
        var summary = MethodWalker.Walk(context, symbol, symbol.ContainingType, blocks, new UnitStructure())[0];
        Assert.Empty(summary.Writes);
        Assert.Empty(summary.Sinks);
        Assert.Empty(summary.Callees);
        Assert.Empty(summary.Calls);
        Assert.False(summary.RendersDisclaimer);
        Assert.True(summary.Returns.IsNone);
    }

    [Theory]
    [InlineData("_body")]
    [InlineData("_runner")]
    [InlineData("_trimmed")]
    [InlineData("_disclaimer")]
    [InlineData("Method")]
    public void OtherBodies_AreNotTrivial(string member)
    {
        var (_, blocks, _) = BodyOf(member);

        Assert.False(TrivialBodies.IsTrivial(blocks));
    }

    private static (RenderContext Context, ImmutableArray<IOperation> Blocks, ISymbol Member) BodyOf(string member)
    {
        var (compilation, context) = TestCompilations.LibraryWithContext(Sources.Model + Source);
        var symbol = compilation.GetTypeByMetadataName("Host.Page")!.GetMembers(member).Single();
        return (context, [MemberBodies.BodyOf(compilation, symbol)], symbol);
    }
}
