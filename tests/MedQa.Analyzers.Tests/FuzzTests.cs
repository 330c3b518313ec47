using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Analyzers.Rules;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests;

/// <summary>
/// MEDQA001 never throws: over random splices of rendering code, truncated and with tokens dropped (so mostly
/// broken code), the analyzer reports no AD0001 and raises no exception.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
public sealed class FuzzTests
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    [Property]
    public void Analyzer_RandomOrBrokenCode_NeverThrows(Program program)
    {
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(Sources.Markers, Parse, "/0/Markers.cs"),
            CSharpSyntaxTree.ParseText(Sources.Model, Parse, "/0/Model.cs"),
            CSharpSyntaxTree.ParseText(program.Source, Parse, program.Path),
        };
        var compilation = CSharpCompilation.Create(
            "Fuzz",
            trees,
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], VerifySetAside.Options),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation
            .WithAnalyzers([new AnswerRenderedWithoutDisclaimerAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter().GetResult();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.Equal("MEDQA001", d.Id));
    }

    /// <summary>A generated source file and its path (sometimes a Razor-generated one).</summary>
    public sealed record Program(string Path, string Source)
    {
        public override string ToString() => Path + Environment.NewLine + Source;
    }

    public static class Arbitraries
    {
        private static readonly string[] Members =
        [
            "public void Render(System.IO.TextWriter w, Host.Answer a) { w.Write(a.Body); }",
            "public string Card(Host.Answer a) => $\"<p>{a.Body}</p>\";",
            "public void Page(System.IO.TextWriter w, Host.Answer a) { var s = Card(a); w.Write(s + a.Body.Trim()); }",
            "void Footer(System.IO.TextWriter w) => w.Write(MedQa.Disclaimer.Html());",
            "public System.Text.StringBuilder B(Host.Answer a) { var b = new System.Text.StringBuilder(); b.Append(a.Body).Append(1); return b; }",
            "public void Loop(System.IO.TextWriter w, System.Collections.Generic.List<Host.Answer> xs) { foreach (var x in xs) { w.Write(x.Body ?? x.Author); } }",
            "protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder b) { b.OpenComponent<Child>(0); b.AddContent(1, A.Body); b.CloseComponent(); }",
            "public Host.Answer A { get; set; } = new();",
            "public Microsoft.AspNetCore.Http.IResult R(Host.Answer a) => Microsoft.AspNetCore.Http.Results.Content(a.Body);",
            "public string Rec(Host.Answer a) => Rec(a) + Rec2(a); string Rec2(Host.Answer a) => Rec(a);",
            "public void Lambda(System.IO.TextWriter w, Host.Answer a) { System.Func<string> f = () => a.Body; w.Write(f()); local(); void local() => w.Write(a.Body); }",
            "public string this[int i] => i.ToString();",
            "public static implicit operator string(C c) => c.A.Body;",
            "public object Layout { get; set; } = \"_Layout\";",
            "public void Cond(System.IO.TextWriter w, Host.Answer? a, bool f) { w.Write(f ? a?.Body : $\"{a}\" + (object?)null); }",
            "public async System.Threading.Tasks.Task<string> Async(Host.Answer a) { await System.Threading.Tasks.Task.Yield(); return a.Body; }",
        ];

        private static readonly string[] Paths =
        [
            "/0/Test0.cs", "/0/obj/Pages/Index_cshtml.g.cs", "/0/obj/Components/Card_razor.g.cs", "/0/Other.g.cs",
        ];

        private static readonly string[] Noise = ["{", "}", "(", ")", ";", "=>", "$\"{", "\"", "#line 3", "#pragma warning disable", "@", "class", "<T>", "?", ".", ","];

        private static Gen<string> Type { get; } =
            from members in Gen.ListOf(Gen.Elements(Members)).Resize(6)
            from baseType in Gen.Elements("", " : Microsoft.AspNetCore.Components.ComponentBase", " : System.IO.TextWriter", " : Microsoft.AspNetCore.Mvc.Controller")
            from name in Gen.Elements("C", "Child", "Pages_Index")
            select $"public partial class {name}{baseType} {{ {string.Join(Environment.NewLine, members)} }}";

        private static Gen<string> Mutate(string source) =>
            from cut in Gen.Choose(0, source.Length)
            from truncate in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from drops in Gen.ListOf(Gen.Choose(0, Math.Max(0, source.Length - 1))).Resize(8)
            from inserts in Gen.ListOf(Gen.Zip(Gen.Choose(0, source.Length), Gen.Elements(Noise))).Resize(8)
            select Apply(truncate ? source.Substring(0, cut) : source, drops, inserts);

        public static Arbitrary<Program> Programs() =>
            (from types in Gen.ListOf(Type).Resize(3)
             from path in Gen.Elements(Paths)
             from broken in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
             let source = "namespace Host;\n" + string.Join(Environment.NewLine, types)
             from text in broken ? Mutate(source) : Gen.Constant(source)
             select new Program(path, text)).ToArbitrary();

        private static string Apply(string source, IEnumerable<int> drops, IEnumerable<(int At, string Text)> inserts)
        {
            var chars = source.ToList();
            foreach (var at in drops.OrderDescending())
            {
                if (at < chars.Count)
                {
                    chars.RemoveAt(at);
                }
            }

            foreach (var (at, text) in inserts.OrderByDescending(insert => insert.At))
            {
                chars.InsertRange(Math.Min(at, chars.Count), " " + text + " ");
            }

            return new string(chars.ToArray());
        }
    }
}
