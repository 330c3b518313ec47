using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// Flows through plain classes that name nothing of MedQa, whose bodies MEDQA001 sets aside (SetAsideBodies) and
// walks only when the flow reaches them: each way code reaches a method other than by a plain call of its name.
// Every test runs with verify_set_aside_bodies, so a body the closure misses fails it with MEDQA000.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    private const string TextHelpers = """
        namespace Host;
        public static class Text
        {
            public static string Shorten(string value) => value.Length > 10 ? value[..10] : value;
            public static string Quote(this string value) => "<q>" + value + "</q>";
            public static string Wrap<T>(T value) => "<p>" + value + "</p>";
            public static System.Threading.Tasks.Task<string> LoadAsync(string value) => System.Threading.Tasks.Task.FromResult(value);
        }
        """;

    [Fact]
    public Task SetAside_MethodGroupGivenToSelect_Reports() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, List<Answer> answers)
                => writer.Write({|MEDQA001:string.Join("", answers.Select(a => a.Body).Select(Text.Shorten))|});
        }
        """), ("/0/Text.cs", TextHelpers)]);

    [Fact]
    public Task SetAside_DelegateInALocal_Reports() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System;
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                Func<string, string> shorten = Text.Shorten;
                writer.Write({|MEDQA001:shorten(a.Body)|});
            }
        }
        """), ("/0/Text.cs", TextHelpers)]);

    [Fact]
    public Task SetAside_ExtensionGenericAndStaticUsing_Report() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.IO;
        using static Host.Text;
        namespace Host;
        public sealed class ExtensionPage { public void Render(TextWriter writer, Answer a) => writer.Write({|MEDQA001:a.Body.Quote()|}); }
        public sealed class GenericPage { public void Render(TextWriter writer, Answer a) => writer.Write({|MEDQA001:Wrap(a.Body)|}); }
        public sealed class StaticUsingPage { public void Render(TextWriter writer, Answer a) => writer.Write({|MEDQA001:Shorten(a.Body)|}); }
        """), ("/0/Text.cs", TextHelpers)]);

    [Fact]
    public Task SetAside_AwaitedHelper_Reports() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.IO;
        using System.Threading.Tasks;
        namespace Host;
        public sealed class Page
        {
            public async Task Render(TextWriter writer, Answer a) => await writer.WriteAsync({|MEDQA001:await Text.LoadAsync(a.Body)|});
        }
        """), ("/0/Text.cs", TextHelpers)]);

    [Fact]
    public Task SetAside_WrapperStoresItsArgumentAndRendersItLater_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Fragment
        {
            private readonly string _html;
            public Fragment(string html) { _html = html; }
            public void WriteTo(TextWriter writer) => writer.Write({|MEDQA001:_html|});
        }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a) => new Fragment(a.Body).WriteTo(writer);
        }
        """);

    [Fact]
    public Task SetAside_PropertyWithABackingField_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Box
        {
            private string _value = "";
            public string Value { get => _value; set => _value = value.Trim(); }
        }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, Box box)
            {
                box.Value = a.Body;
                writer.Write({|MEDQA001:box.Value|});
            }
        }
        """);

    [Fact]
    public Task SetAside_HelpersNoFlowReaches_NoDiagnostic() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.IO;
        namespace Host;
        public sealed class Banner { public void Write(TextWriter writer, string title) => writer.Write(Text.Quote(title)); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a) => new Banner().Write(writer, "Votes: " + a.Votes);
        }
        """), ("/0/Text.cs", TextHelpers)]);
}
