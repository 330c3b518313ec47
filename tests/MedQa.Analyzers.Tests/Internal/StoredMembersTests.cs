using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// A store in a field or property (an initializer, an assignment) is recorded when its value is content and the member
/// is the project's own, unmarked; a store of no content asks nothing of its member (<see cref="PendingFacts.AddMemberWrite"/>).
/// </summary>
public sealed class StoredMembersTests
{
    private const string Source = """
        namespace Host
        {
            public sealed class Runner { }

            public static class Store
            {
                public static Answer Latest { get; } = new Answer();
            }

            public sealed class Card
            {
                // Razor's injected properties and tag helper fields: stores of no content.
                public Runner Injected { get; private set; } = default!;
                private Runner _runner = new Runner();
                private static readonly string s_label = "label";
                private string _none = null!;

                // Content: a flow node.
                private string _body = Store.Latest.Body;
                public string Headline { get; } = Store.Latest.Body;

                public void Assign(Answer answer) { _runner = new Runner(); _none = answer.Body; }
            }
        }
        """;

    [Theory]
    [InlineData("Injected")]
    [InlineData("_runner")]
    [InlineData("s_label")]
    public void Initializer_OfNoContent_RecordsNoWriteAndAsksNothingOfTheMember(string member)
    {
        var (context, card) = Compile();
        var symbol = card.GetMembers(member).Single();

        var summary = WalkInitializer(context, symbol);

        Assert.Empty(summary.Writes);
        Assert.False(context.HasAskedFactsOf(symbol));
    }

    [Theory]
    [InlineData("_body")]
    [InlineData("Headline")]
    public void Initializer_OfContent_RecordsTheWriteToTheMember(string member)
    {
        var (context, card) = Compile();
        var symbol = card.GetMembers(member).Single();

        var summary = WalkInitializer(context, symbol);

        var write = Assert.Single(summary.Writes);
        Assert.Equal(symbol, write.Node);
        Assert.False(write.Value.IsNone);
        Assert.True(context.HasAskedFactsOf(symbol));
    }

    [Fact]
    public void Assignment_RecordsTheContentStoreOnly()
    {
        var (context, card) = Compile();
        var method = card.GetMembers("Assign").Single();

        var summary = MethodWalker.Walk(context, method, card, [MemberBodies.BodyOf(context.Compilation, method)], new UnitStructure())[0];

        var write = Assert.Single(summary.Writes);
        Assert.Equal(card.GetMembers("_none").Single(), write.Node);
    }

    [Fact]
    public void Initializer_OfContentInAMarkedMember_RecordsNoWrite()
    {
        // A marked member is content by its mark: the store is not a flow node (RenderContext.IsStoredFlow).
        var source = Source.Replace("public string Headline", "[MedQa.RequiresMedicalDisclaimer] public string Headline", StringComparison.Ordinal);
        var (context, card) = Compile(source);

        var summary = WalkInitializer(context, card.GetMembers("Headline").Single());

        Assert.Empty(summary.Writes);
    }

    private static (RenderContext Context, INamedTypeSymbol Card) Compile(string source = Source)
    {
        var compilation = TestCompilations.Library(Sources.Model, source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return (TestCompilations.ContextOf(compilation), compilation.GetTypeByMetadataName("Host.Card")!);
    }

    private static MethodSummary WalkInitializer(RenderContext context, ISymbol member)
        => MethodWalker.Walk(context, member, member.ContainingType, [MemberBodies.BodyOf(context.Compilation, member)], new UnitStructure())[0];
}
