using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// Content flows of issue 10: view-model members, parameters, lambdas, slices, patterns, ViewData, fields; the
// known wrong answers of the old summaries; ids are not content.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    private const string Helpers = """
        namespace Host;
        public static class Cards
        {
            public static string Title(Answer a) => "Answer";
            public static string Card(Answer a) => "<p>" + a.Body + "</p>";
        }
        """;

    [Fact]
    public Task Conditional_OnlySecondHelperReturnsContent_Reports() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, bool brief) => writer.Write({|MEDQA001:brief ? Cards.Title(a) : Cards.Card(a)|});
        }
        """), ("/0/Helpers.cs", Helpers)]);

    [Fact]
    public Task Concatenation_OnlySecondHelperReturnsContent_Reports() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a) => writer.Write({|MEDQA001:Cards.Title(a) + Cards.Card(a)|});
        }
        """), ("/0/Helpers.cs", Helpers)]);

    [Fact]
    public Task Conditional_NeitherHelperReturnsContent_NoDiagnostic() => Verifier.AnalyzeAsync([("/0/Test0.cs", """
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, bool brief) => writer.Write(brief ? Cards.Title(a) : Cards.Title(a) + "!");
        }
        """), ("/0/Helpers.cs", Helpers)]);

    [Fact]
    public Task MutualRecursion_ContentInSecondHelper_ReportsBothPages() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Rec
        {
            public static string Even(Answer a, int n) => n == 0 ? "" : Odd(a, n - 1);
            public static string Odd(Answer a, int n) => n == 0 ? a.Body : Even(a, n - 1);
        }
        public sealed class APage
        {
            public void Render(TextWriter writer, Answer a) => writer.Write({|MEDQA001:Rec.Even(a, 3)|});
        }
        public sealed class ZPage
        {
            public void Render(TextWriter writer, Answer a) => writer.Write({|MEDQA001:Rec.Odd(a, 3)|});
        }
        """);

    [Fact]
    public Task MutualRecursion_NoContent_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Rec
        {
            public static string Even(Answer a, int n) => n == 0 ? "" : Odd(a, n - 1);
            public static string Odd(Answer a, int n) => n == 0 ? "x" : Even(a, n - 1);
        }
        public sealed class APage
        {
            public void Render(TextWriter writer, Answer a) => writer.Write(Rec.Even(a, 3));
        }
        """);

    [Fact]
    public Task ViewModel_ConstructorArgumentBoundToProperty_ReportsWhereRendered() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerCard
        {
            public AnswerCard(string text, string anchor) { Text = text; Anchor = anchor; }
            public string Text { get; }
            public string Anchor { get; }
        }
        public static class Builder
        {
            public static AnswerCard Build(Answer a) => new AnswerCard(a.Body, "#answer-" + a.Votes);
        }
        public sealed class Page
        {
            public void Render(TextWriter writer, AnswerCard card)
            {
                writer.Write(card.Anchor);
                writer.Write({|#0:card.Text|});
            }
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("Page", "AnswerCard.Text"));

    [Fact]
    public Task ViewModel_RecordFromSelectProjection_Reports() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        namespace Host;
        public sealed record AnswerCard(string Id, string Text);
        public static class Cards
        {
            public static List<AnswerCard> From(IEnumerable<Answer> answers) => answers.Select(a => new AnswerCard(a.Author, a.Body)).ToList();
        }
        public sealed class Page
        {
            public void Render(TextWriter writer, List<AnswerCard> cards)
            {
                foreach (var card in cards)
                {
                    writer.Write(card.Id);
                    writer.Write({|MEDQA001:card.Text|});
                }
            }
        }
        """);

    [Fact]
    public Task ViewModel_ObjectInitializer_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Vm { public string Html { get; set; } = ""; public string Link { get; set; } = ""; }
        public static class Map { public static Vm Of(Answer a) => new Vm { Html = a.Body, Link = "/a/" + a.Votes }; }
        public sealed class Page
        {
            public void Render(TextWriter writer, Vm vm) { writer.Write(vm.Link); writer.Write({|MEDQA001:vm.Html|}); }
        }
        """);

    [Fact]
    public Task ViewModel_MemberNeverGivenContent_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed record AnswerCard(string Id, string Text);
        public static class Cards { public static AnswerCard From(Answer a) => new AnswerCard(a.Author, "summary"); }
        public sealed class Page
        {
            public void Render(TextWriter writer, AnswerCard card) { writer.Write(card.Id); writer.Write(card.Text); }
        }
        """);

    [Fact]
    public Task Parameter_HelperWritesItsParameter_ReportsAtCallSite() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Html
        {
            public static void Paragraph(TextWriter writer, string text) => writer.Write("<p>" + text + "</p>");
            public static void Wrapped(TextWriter writer, string text) => Paragraph(writer, text);
        }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                Html.Paragraph(writer, "Answers");
                Html.Wrapped(writer, {|MEDQA001:a.Body|});
            }
        }
        """);

    [Fact]
    public Task Parameter_HelperGivenNoContent_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Html { public static void Paragraph(TextWriter writer, string text) => writer.Write("<p>" + text + "</p>"); }
        public sealed class Page { public void Render(TextWriter writer, Answer a) => Html.Paragraph(writer, a.Author); }
        """);

    [Fact]
    public Task Lambda_StringJoinOverProjection_Reports() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, List<Answer> answers)
                => writer.Write({|MEDQA001:string.Join("<hr>", answers.Select(a => a.Body))|});
        }
        """);

    [Fact]
    public Task Lambda_ProjectionOfVotes_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, List<Answer> answers)
                => writer.Write(string.Join(",", answers.Select(a => a.Votes.ToString())));
        }
        """);

    [Fact]
    public Task RangeAndPattern_SliceAndPatternVariable_Report() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                writer.Write({|MEDQA001:a.Body[..120]|});
                if (a.Body is { Length: > 0 } body) { writer.Write(body); }
            }
        }
        """);

    [Fact]
    public Task PatternVariable_Alone_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                if (a.Body is { Length: > 0 } body) { writer.Write({|MEDQA001:body|}); }
            }
        }
        """);

    [Fact]
    public Task Field_HtmlKeptAndWrittenLater_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            private string _html = "";
            public void Load(Answer a) => _html = "<p>" + a.Body + "</p>";
            public void Render(TextWriter writer) => writer.Write({|MEDQA001:_html|});
        }
        """);

    [Fact]
    public Task Field_OnlyIdsKept_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            private string _anchor = "";
            public void Load(Answer a) => _anchor = "#answer-" + a.Votes;
            public void Render(TextWriter writer) => writer.Write(_anchor);
        }
        """);

    [Fact]
    public Task MarkedTypeWithMarkedMembers_IdInUrl_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        [MedQa.RequiresMedicalDisclaimer]
        public sealed record Reply(string Id, [property: MedQa.RequiresMedicalDisclaimer] string Text);
        public sealed class Page
        {
            public void Render(TextWriter writer, Reply reply) => writer.Write("<a href=\"#answer-" + reply.Id + "\">link</a>");
        }
        """);

    [Fact]
    public Task MarkedTypeWithMarkedMembers_MarkedMember_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        [MedQa.RequiresMedicalDisclaimer]
        public sealed record Reply(string Id, [property: MedQa.RequiresMedicalDisclaimer] string Text);
        public sealed class Page
        {
            public void Render(TextWriter writer, Reply reply) => writer.Write({|MEDQA001:reply.Text|});
        }
        """);

    [Fact]
    public Task Console_WriteLine_Reports() => Verifier.AnalyzeAsync("""
        namespace Host;
        public static class Cli
        {
            public static void Print(Answer a) => System.Console.WriteLine({|MEDQA001:a.Body|});
        }
        """);

    [Fact]
    public Task Console_WriteLineOfVotes_NoDiagnostic() => Verifier.AnalyzeAsync("""
        namespace Host;
        public static class Cli { public static void Print(Answer a) => System.Console.WriteLine(a.Votes); }
        """);

    [Fact]
    public Task MedicalDisclaimerText_WrittenToSink_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace MedQa { public sealed record MedicalDisclaimer { public static MedicalDisclaimer Standard { get; } = new(); public string Text => "Educational only."; } }
        namespace Host
        {
            public sealed class Page
            {
                public void Render(TextWriter writer, Answer a)
                {
                    writer.Write(a.Body);
                    writer.Write(MedQa.MedicalDisclaimer.Standard.Text);
                }
            }
        }
        """);
}
