using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>One cache read answers every question about a type or member: each answer matches the question asked alone.</summary>
public sealed class FactsTests
{
    private const string Source = """
        using System.Collections.Generic;
        using MedQa;
        namespace Host
        {
            [RequiresMedicalDisclaimer] public sealed class Note { public string Text { get; } = ""; public int Id { get; } }
            [RequiresMedicalDisclaimer] public sealed class Reply { [RequiresMedicalDisclaimer] public string Body { get; } = ""; public string Id { get; } = ""; }
            public sealed class Card
            {
                public string Title { get; set; } = "";
                public Note Note { get; set; } = new();
                public List<string> Lines { get; } = new();
                public int Count;
                [RendersMedicalDisclaimer] public string Disclaimer => "";
            }

            public sealed class Fragment<T> : Microsoft.AspNetCore.Html.IHtmlContent
            {
                public void WriteTo(System.IO.TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder) { }
            }
        }
        """;

    [Theory]
    [InlineData("Note", "Text", "Source, SourceGetter, TextLikeType, InAllContentType")]
    [InlineData("Note", "Id", "Source, SourceGetter, InAllContentType")]
    [InlineData("Reply", "Body", "Source, SourceGetter, Marked, TextLikeType")]
    [InlineData("Reply", "Id", "Source, SourceGetter, TextLikeType")]
    [InlineData("Card", "Title", "Source, SourceGetter, TextLikeType")]
    [InlineData("Card", "Note", "Source, SourceGetter, MarkedType")]
    [InlineData("Card", "Lines", "Source, SourceGetter, TextLikeType")]
    [InlineData("Card", "Count", "Source")]
    [InlineData("Card", "Disclaimer", "Source, SourceGetter, RendersDisclaimer, TextLikeType")]
    public void FactsOf_Member_AnswersEachQuestion(string type, string member, string expected)
    {
        var (compilation, context) = Create();
        var symbol = compilation.GetTypeByMetadataName("Host." + type)!.GetMembers(member).Single();
        Assert.Equal(Enum.Parse<MemberFacts>(expected), context.FactsOf(symbol));
    }

    [Fact]
    public void FactsOf_Types_AnswerEachQuestion()
    {
        var (compilation, context) = Create();
        Assert.Equal(TypeFacts.Source | TypeFacts.Marked | TypeFacts.AllTextIsContent, context.FactsOf(compilation.GetTypeByMetadataName("Host.Note")));
        Assert.Equal(TypeFacts.Source | TypeFacts.Marked, context.FactsOf(compilation.GetTypeByMetadataName("Host.Reply")));
        Assert.Equal(TypeFacts.Source, context.FactsOf(compilation.GetTypeByMetadataName("Host.Card")));
        Assert.Equal(TypeFacts.TextLike, context.FactsOf(compilation.GetSpecialType(SpecialType.System_String)));
        Assert.Equal(TypeFacts.None, context.FactsOf(compilation.GetSpecialType(SpecialType.System_Int32)));
        Assert.Equal(TypeFacts.None, context.FactsOf((ITypeSymbol?)null));
        var strings = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1")!.Construct(compilation.GetSpecialType(SpecialType.System_String));
        Assert.Equal(TypeFacts.TextLike, context.FactsOf(strings));

        // A construction of the project's own HTML type is text-like, as is a list of them.
        var fragment = compilation.GetTypeByMetadataName("Host.Fragment`1")!.Construct(compilation.GetSpecialType(SpecialType.System_Int32));
        Assert.Equal(TypeFacts.Source | TypeFacts.TextLike, context.FactsOf(fragment));
        var list = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")!;
        Assert.Equal(TypeFacts.TextLike, context.FactsOf(list.Construct(fragment)));
        Assert.Equal(TypeFacts.None, context.FactsOf(list.Construct(compilation.GetSpecialType(SpecialType.System_Int32))));
    }

    private static (Compilation Compilation, RenderContext Context) Create() => TestCompilations.LibraryWithContext(Source);
}
