using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using static MedQa.Analyzers.Tests.Internal.TypeLookupTests;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The compilation-wide pre-check: a project that never names anything of a marker assembly is skipped, any other is analyzed.</summary>
public sealed class MarkerReachTests
{
    private const string MarkerLibrary = """
        namespace MedQa
        {
            public sealed class RequiresMedicalDisclaimerAttribute : System.Attribute { }
            public sealed class RendersMedicalDisclaimerAttribute : System.Attribute { }
            [RequiresMedicalDisclaimer] public sealed class Answer { public string Body => "b"; }
            public static class AnswerText { public static string Shown(this string text) => text; public static string Format(string text) => text; }
            internal static class Hidden { public static string Secret(this string text) => text; }
        }
        """;

    private static readonly MetadataReference MarkerReference = Library("MarkerLib", MarkerLibrary);

    [Fact]
    public void IsPossible_NoNameOfTheMarkerAssembly_IsFalse()
    {
        // The namespace alone (a global using of the package) names no type, a member of a marked class is reached
        // only through the class (string.Format is not AnswerText.Format), and an internal class cannot be named: nothing
        // marked can be reached.
        var compilation = Compile("using MedQa; namespace Host { public sealed class Body { public string Secret(string s) => string.Format(s, s.ToUpperInvariant()); } }", MarkerReference);
        Assert.False(IsPossible(compilation));
    }

    [Theory]
    [InlineData("namespace Host { public sealed class C { public string M(MedQa.Answer a) => a.Body; } }")]
    [InlineData("using MedQa; namespace Host { public sealed class C { public string M(string s) => s.Shown(); } }")]
    [InlineData("using MedQa; namespace Host { [RequiresMedicalDisclaimer] public sealed class Mine { } }")]
    [InlineData("using A = MedQa.Answer; namespace Host { public sealed class C { } }")]
    public void IsPossible_NamesATypeExtensionOrAttributeOfTheMarkerAssembly_IsTrue(string source)
        => Assert.True(IsPossible(Compile(source, MarkerReference)));

    [Theory]
    [InlineData("namespace Host { /// <summary>Shows an Answer.</summary>\n public sealed class C { public string M() => \"Answer: \" + nameof(C); } }")]
    [InlineData("namespace Host { public sealed class C { // AnswerText.Shown\n } }")]
    public void IsPossible_NameOnlyInACommentOrString_IsFalse(string source)
    {
        // The text-level filter lets these trees through (a word spelled like a type); the token scan decides.
        Assert.False(IsPossible(Compile(source, MarkerReference)));
    }

    [Fact]
    public void IsPossible_NameSpelledWithAUnicodeEscape_IsTrue()
        => Assert.True(IsPossible(Compile("namespace Host { public sealed class C { public string M(MedQa.\\u0041nswer a) => a.Body; } }", MarkerReference)));

    [Fact]
    public void IsPossible_AnotherReferenceBuiltAgainstTheMarkers_IsTrue()
    {
        // var answer = Other.Make(): a marked value without a MedQa name in the source.
        var other = LibraryWith("Other", "namespace Other { public static class Source { public static object Make() => new MedQa.Answer(); } }", MarkerReference);
        var compilation = Compile("namespace Host { public sealed class C { public object M() => Other.Source.Make(); } }", MarkerReference, other);
        Assert.True(IsPossible(compilation));
    }

    [Fact]
    public void IsPossible_SourceDefinesTheMarkers_IsTrue()
        => Assert.True(IsPossible(Compile(MarkerLibrary.Replace("Answer", "Card", StringComparison.Ordinal))));

    private static bool IsPossible(Compilation compilation)
    {
        var markers = TypeLookup.All(compilation, Markers.RequiresName)
            .AddRange(TypeLookup.All(compilation, Markers.RendersName));
        Assert.NotEmpty(markers);
        return MarkerReach.IsPossible(compilation, markers, CancellationToken.None);
    }
}
