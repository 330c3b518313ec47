using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// The text-level filter before <see cref="MarkerReach"/>'s token scan: it may say "maybe" for a tree with no such
/// identifier (a word in a comment), but never "no" for a tree with one.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
public sealed class IdentifierPrefilterTests
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "Answer", "QaThread", "Shown", "É" };

    [Property]
    public bool MayContainAny_TrueWheneverTheTokenScanFindsAName(Source source)
    {
        var tree = CSharpSyntaxTree.ParseText(source.Text);
        return !MarkerReach.NamesAny(tree, Names, CancellationToken.None) || Filter().MayContainAny(tree.GetText());
    }

    [Theory]
    [InlineData("class C { Answers a; MyAnswer b; answer c; QaThreads d; }")]
    [InlineData("class C { int Answer1 = 0x1F; string s = nameof(ShownBy); }")]
    [InlineData("")]
    public void MayContainAny_NoRunSpelledLikeAName_IsFalse(string text)
        => Assert.False(Filter().MayContainAny(SourceText.From(text)));

    [Theory]
    [InlineData("class C { Answer a; }")]
    [InlineData("class C { void M() => x.Shown(); }")]
    [InlineData("class C { @Answer a; }")] // a verbatim identifier
    [InlineData("class C { Ans\u200Bwer a; }")] // a formatting character is no part of the identifier's name
    [InlineData("class C { \\u0041nswer a; }")] // an escape: conservatively yes
    [InlineData("class C { É e; }")] // a letter beyond ASCII
    [InlineData("QaThread")] // at the very end of the text
    public void MayContainAny_ARunSpelledLikeAName_IsTrue(string text)
        => Assert.True(Filter().MayContainAny(SourceText.From(text)));

    [Fact]
    public void MayContainAny_NameAcrossTheReadBuffersEdge_IsTrue()
    {
        // The text is read in chunks of 4,096 characters: a name cut by a chunk's end is still one run.
        var text = new string(' ', 4093) + "Answer;";
        Assert.True(Filter().MayContainAny(SourceText.From(text)));
        Assert.False(Filter().MayContainAny(SourceText.From(new string(' ', 4093) + "Answers;")));
    }

    [Fact]
    public void MayContainAny_EscapeAcrossTheReadBuffersEdge_IsTrue()
    {
        // The backslash is the first chunk's last character and its 'u' the next one's first: still an escape.
        Assert.True(Filter().MayContainAny(SourceText.From(new string(' ', 4095) + "\\u0041nswer x;")));
        Assert.False(Filter().MayContainAny(SourceText.From(new string(' ', 4095) + "\\n x;")));
        Assert.False(Filter().MayContainAny(SourceText.From("x\\"))); // a backslash at the very end
    }

    [Fact]
    public void MayContainAny_OneFilterForManyTexts_ForgetsThePreviousText()
    {
        var filter = Filter();
        Assert.False(filter.MayContainAny(SourceText.From("class Ans")));
        Assert.False(filter.MayContainAny(SourceText.From("wer { }"))); // not "Answer": each text starts a run anew
    }

    private static IdentifierPrefilter Filter() => new(Names);

    /// <summary>A C# text of fragments that code is made of, each pair separated as the lexer separates tokens.</summary>
    public sealed record Source(string Text)
    {
        public override string ToString() => Text;
    }

    public static class Arbitraries
    {
        private static readonly string[] Fragments =
        [
            "Answer", "QaThread", "Shown", "É", "@Answer", "Ans\u200Bwer", "Qa\u00ADThread", "\\u0041nswer", "Sh\\u006Fwn",
            "Answers", "MyAnswer", "answer", "_Answer", "Answer_", "Answer2", "𝑨Answer", "Answeré", "class", "var", "x",
            "1", "0x1F", "1.5f", "10UL", "\"Answer\"", "@\"QaThread\"", "$\"{Answer}\"", "$\"{x}Answer\"", "'A'",
            "// Answer\n", "/* QaThread */", "/// <see cref=\"Shown\"/>\n", "#if false\nAnswer\n#endif\n", "\"\\\\u0041\"",
            "\"\"\"Answer\"\"\"", "\u00A0", "\u2028",
        ];

        private static readonly string[] Separators = [" ", ".", "(", ")", ";", "\n", "\t", "<", ">", ",", "{", "}", "=", "+", "\r\n"];

        public static Arbitrary<Source> Sources() =>
            (from parts in Gen.ListOf(Gen.Zip(Gen.Elements(Fragments), Gen.Elements(Separators))).Resize(12)
             from wrap in Gen.Elements(false, true)
             let body = string.Concat(parts.Select(part => part.Item1 + part.Item2))
             select new Source(wrap ? $"class C {{ void M() {{ {body} }} }}" : body)).ToArbitrary();
    }
}
