using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MedQa.Analyzers.Tests.Rules;

public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    // ---- Firing ----

    [Fact]
    public Task TextWriterWrite_MarkedProperty_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write("<h1>Answer</h1>");
                writer.Write({|MEDQA001:answer.Body|});
            }
        }
        """);

    [Fact]
    public Task TextWriterWrite_DiagnosticMessage_NamesUnitAndMember() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.WriteLine({|#0:answer.Body|});
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("AnswerPage", "Answer.Body"));

    [Fact]
    public Task Write_FirstOfSeveralRenderings_ReportsOnceAtFirst() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write({|MEDQA001:answer.Body|});
                writer.Write(answer.Body);
            }
        }
        """);

    [Fact]
    public Task Write_InterpolatedLocal_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                var html = $"<p>{answer.Body}</p>";
                var copy = html;
                writer.Write({|MEDQA001:copy|});
            }
        }
        """);

    [Fact]
    public Task Write_ConcatenationAndFormatting_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write({|MEDQA001:"<p>" + answer.Body.Trim().ToUpperInvariant() + "</p>"|});
            }
        }
        """);

    [Fact]
    public Task Write_StringFormat_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write({|MEDQA001:string.Format("<p>{0}</p>", answer.Body)|});
            }
        }
        """);

    [Fact]
    public Task Write_ConditionalExpression_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer, bool brief)
            {
                writer.Write({|MEDQA001:brief ? "(hidden)" : answer.Body|});
            }
        }
        """);

    [Fact]
    public Task Write_ForeachOverAnswers_Reports() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        namespace Host;
        public sealed class AnswerList
        {
            public void Render(TextWriter writer, IEnumerable<Answer> answers)
            {
                foreach (var answer in answers)
                {
                    writer.Write({|MEDQA001:answer.Body|});
                }
            }
        }
        """);

    [Fact]
    public Task HtmlContentBuilder_HtmlString_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Html;
        namespace Host;
        public sealed class AnswerHtml
        {
            public IHtmlContent Build(Answer answer)
            {
                var builder = new HtmlContentBuilder();
                builder.AppendHtml({|MEDQA001:new HtmlString(answer.Body)|});
                return builder;
            }
        }
        """);

    [Fact]
    public Task HtmlRaw_AppendedToBuilder_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Html;
        using Microsoft.AspNetCore.Mvc.Rendering;
        namespace Host;
        public sealed class AnswerHtml
        {
            public void Build(IHtmlHelper html, IHtmlContentBuilder builder, Answer answer)
                => builder.AppendHtml({|MEDQA001:html.Raw(answer.Body)|});
        }
        """);

    [Fact]
    public Task MarkupStringCast_AddContent_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Components.Rendering;
        namespace Host;
        public sealed class AnswerMarkup : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();

            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, {|MEDQA001:(MarkupString)Answer.Body|});
        }
        """);

    [Fact]
    public Task HelperReturningContent_InAnotherClass_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Cards
        {
            public static string Card(Answer a) => $"<p>{a.Body}</p>";
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write({|MEDQA001:Cards.Card(answer)|});
        }
        """);

    [Fact]
    public Task ViewModelPropertyReturningContent_DiagnosticMessage_NamesProperty() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerCardModel(Answer answer)
        {
            public string Html => $"<p>{answer.Body}</p>";
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, AnswerCardModel card) => writer.Write({|#0:card.Html|});
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("AnswerPage", "AnswerCardModel.Html"));

    [Fact]
    public Task HelperReturningHelperContent_Transitive_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Cards
        {
            public static string Card(Answer a) => Inner(a);
            private static string Inner(Answer a) => "<p>" + a.Body + "</p>";
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write({|MEDQA001:Cards.Card(answer)|});
        }
        """);

    [Fact]
    public Task StringBuilder_AppendedThenWritten_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        using System.Text;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                var builder = new StringBuilder();
                builder.Append("<p>").Append(answer.Body).Append("</p>");
                writer.Write({|MEDQA001:builder.ToString()|});
            }
        }
        """);

    [Fact]
    public Task StringBuilder_ReturnedFromRenderingMethod_ReportsAtCallersSink() => Verifier.AnalyzeAsync("""
        using System.IO;
        using System.Text;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write({|MEDQA001:Build(answer)|});

            private static StringBuilder Build(Answer answer)
            {
                var builder = new StringBuilder();
                builder.Append(answer.Body);
                return builder;
            }
        }
        """);

    [Fact]
    public Task RenderTreeBuilder_ComponentAddContent_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Components.Rendering;
        namespace Host;
        public sealed class AnswerCard : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();

            protected override void BuildRenderTree(RenderTreeBuilder builder)
            {
                builder.OpenElement(0, "p");
                builder.AddContent(1, {|MEDQA001:Answer.Body|});
                builder.CloseElement();
            }
        }
        """);

    [Fact]
    public Task RenderTreeBuilder_AddMarkupContent_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Components.Rendering;
        namespace Host;
        public sealed class AnswerCard : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();

            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, {|MEDQA001:Answer.Body|});
        }
        """);

    [Fact]
    public Task HttpResponseWriteAsync_Reports() => Verifier.AnalyzeAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        namespace Host;
        public static class AnswerEndpoint
        {
            public static Task Handle(HttpContext context, Answer answer) => context.Response.WriteAsync({|MEDQA001:answer.Body|});
        }
        """);

    [Fact]
    public Task ResultsContent_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Http;
        namespace Host;
        public static class AnswerEndpoint
        {
            public static IResult Handle(Answer answer) => Results.Content({|MEDQA001:$"<p>{answer.Body}</p>"|}, "text/html");
        }
        """);

    [Fact]
    public Task ControllerContent_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class AnswersController : Controller
        {
            public IActionResult Show(Answer answer) => Content({|MEDQA001:answer.Body|}, "text/html");
        }
        """);

    [Fact]
    public Task MarkedType_TextMemberOfMarkedType_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        [MedQa.RequiresMedicalDisclaimer]
        public sealed class Reply
        {
            public string Text { get; set; } = "";
            public int Votes { get; set; }
        }
        public sealed class ReplyPage
        {
            public void Render(TextWriter writer, Reply reply)
            {
                writer.Write(reply.Votes);
                writer.Write({|MEDQA001:reply.Text|});
            }
        }
        """);

    [Fact]
    public Task MarkedType_ValueFormatted_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        [MedQa.RequiresMedicalDisclaimer]
        public sealed class Reply
        {
            public override string ToString() => "reply";
        }
        public sealed class ReplyPage
        {
            public void Render(TextWriter writer, Reply reply) => writer.Write({|MEDQA001:$"<p>{reply}</p>"|});
        }
        """);

    [Fact]
    public Task AdditionalSink_FromEditorConfig_Reports() => Verifier.AnalyzeAsync(
        """
        namespace Host;
        public static class Pdf
        {
            public static void Print(string text) { }
        }
        public sealed class AnswerPdf
        {
            public void Export(Answer answer) => Pdf.Print({|MEDQA001:answer.Body|});
        }
        """,
        editorConfig: """
        root = true
        [*.cs]
        medqa.MEDQA001.additional_sinks = M:Host.Pdf.Print(System.String)
        """);

    [Fact]
    public Task JsonSerialization_ExclusionListEmptied_Reports() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        using System.Text.Json;
        namespace Host;
        public sealed class AnswerApi
        {
            public void Write(TextWriter writer, Answer answer) => writer.Write({|MEDQA001:JsonSerializer.Serialize(answer.Body)|});
        }
        """,
        editorConfig: """
        root = true
        [*.cs]
        medqa.MEDQA001.excluded_apis = T:Newtonsoft.Json.JsonConvert
        """);

    [Fact]
    public Task RazorGeneratedFile_Analyzed_Reports() => Verifier.AnalyzeAsync([("/0/obj/Pages/Index_cshtml.g.cs", """
        // <auto-generated/>
        using System.IO;
        namespace AspNetCoreGeneratedDocument;
        internal sealed class Pages_Index
        {
            public void ExecuteAsync(TextWriter writer, Host.Answer answer) => writer.Write({|MEDQA001:answer.Body|});
        }
        """)]);

    [Fact]
    public Task MarkedRenderingMethod_WritesToWriter_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Renderer
        {
            [MedQa.RequiresMedicalDisclaimer]
            public void RenderAnswers(Answer answer, TextWriter writer) { }
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer, Renderer renderer)
            {
                {|MEDQA001:renderer.RenderAnswers(answer, writer)|};
            }
        }
        """);

    [Fact]
    public Task NestedType_RendersContent_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Outer
        {
            public sealed class Inner
            {
                public void Render(TextWriter writer, Answer answer) => writer.Write({|MEDQA001:answer.Body|});
            }
        }
        """);

    // ---- Not firing ----

    [Fact]
    public Task Write_SameMethodRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write(answer.Body);
                writer.Write(MedQa.Disclaimer.Html());
            }
        }
        """);

    [Fact]
    public Task Write_OtherMethodOfUnitRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write(answer.Body);
                Footer(writer);
            }

            private static void Footer(TextWriter writer) => writer.Write(MedQa.Disclaimer.Html());
        }
        """);

    [Fact]
    public Task Write_HelperInOtherClassRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Layout
        {
            public static void Footer(TextWriter writer) => Inner(writer);
            private static void Inner(TextWriter writer) => writer.Write(MedQa.Disclaimer.Html());
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write(answer.Body);
                Layout.Footer(writer);
            }
        }
        """);

    [Fact]
    public Task HostMarkedProperty_RendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class SiteText
        {
            [MedQa.RendersMedicalDisclaimer]
            public static string Disclaimer => "For education only.";
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write(answer.Body);
                writer.Write(SiteText.Disclaimer);
            }
        }
        """);

    [Fact]
    public Task Mapping_NoSink_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        namespace Host;
        public sealed record AnswerDto(string Text, int Votes);
        public sealed class AnswerMapper
        {
            private readonly List<string> _store = new();

            public AnswerDto Map(Answer answer)
            {
                _store.Add(answer.Body);
                return new AnswerDto(answer.Body, answer.Votes);
            }
        }
        """);

    [Fact]
    public Task Logging_CountsAndLengths_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        using Microsoft.Extensions.Logging;
        namespace Host;
        public sealed class AnswerStats
        {
            public void Log(ILogger logger, TextWriter writer, IReadOnlyList<Answer> answers)
            {
                logger.LogInformation("{Count} answers, first {Length} chars", answers.Count, answers[0].Body.Length);
                writer.Write(answers[0].Body.Length);
                writer.Write(answers.Count);
                writer.Write(answers[0].Votes);
                writer.Write(answers[0].Author);
            }
        }
        """);

    [Fact]
    public Task JsonSerialization_ByDefault_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        namespace Host;
        public sealed class AnswerApi
        {
            public void Write(TextWriter writer, Answer answer) => writer.Write(JsonSerializer.Serialize(answer));

            public Task Send(HttpResponse response, Answer answer) => response.WriteAsync(JsonSerializer.Serialize(answer.Body));

            public Task SendJson(HttpResponse response, Answer answer) => response.WriteAsJsonAsync(answer);

            public IResult Ok(Answer answer) => Results.Json(answer);
        }
        """);

    [Fact]
    public Task TestProject_ReferencesXunit_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Xunit { public sealed class FactAttribute : System.Attribute { } }
        namespace Host
        {
            public sealed class AnswerPage
            {
                public void Render(TextWriter writer, Answer answer) => writer.Write(answer.Body);
            }
        }
        """);

    [Fact]
    public Task TestProject_IsTestProjectBuildProperty_NoDiagnostic() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write(answer.Body);
        }
        """,
        editorConfig: """
        is_global = true
        build_property.IsTestProject = true
        """);

    [Fact]
    public Task UnmarkedContent_NeverTouchesAnswers_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Question
        {
            public string Title { get; set; } = "";
        }
        public sealed class QuestionPage
        {
            public void Render(TextWriter writer, Question question, Answer answer)
            {
                writer.Write(question.Title);
                writer.Write(answer.Author);
                writer.Write("static text");
            }
        }
        """);

    [Fact]
    public Task GeneratedCode_NotRazor_NoDiagnostic() => Verifier.AnalyzeAsync([("/0/Generated/AnswerPage.g.cs", """
        // <auto-generated/>
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write(answer.Body);
        }
        """)]);

    [Fact]
    public Task NoMarkers_InCompilation_NoDiagnostic() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class Answer { public string Body { get; set; } = ""; }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write(answer.Body);
        }
        """,
        withMarkers: false);

    [Fact]
    public Task PragmaWarningDisable_Suppresses_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
        #pragma warning disable MEDQA001 // Rendered inside the disclaimer's frame by the caller.
                writer.Write(answer.Body);
        #pragma warning restore MEDQA001
            }
        }
        """);

    [Fact]
    public Task SuppressMessageAttribute_Suppresses_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.Diagnostics.CodeAnalysis;
        using System.IO;
        namespace Host;
        [SuppressMessage("MedQa.Compliance", "MEDQA001", Justification = "Rendered inside a framed page.")]
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write(answer.Body);
        }
        """);

    [Fact]
    public Task HelperNotReturningContent_Written_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public static class Cards
        {
            public static string Title(Answer a) => "Answer by " + a.Author;
        }
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer) => writer.Write(Cards.Title(answer));
        }
        """);

    [Fact]
    public Task ChildComponentRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Components.Rendering;
        namespace Host;
        public sealed class DisclaimerBox : ComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, MedQa.Disclaimer.Html());
        }
        public sealed class AnswerCard : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();

            protected override void BuildRenderTree(RenderTreeBuilder builder)
            {
                builder.AddContent(0, Answer.Body);
                builder.OpenComponent<DisclaimerBox>(1);
                builder.CloseComponent();
            }
        }
        """);

    [Fact]
    public Task ChildComponentRenderedByCoveredParent_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Components.Rendering;
        namespace Host;
        public sealed class AnswerBody : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();

            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Answer.Body);
        }
        public sealed class AnswerPage : ComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder)
            {
                builder.OpenComponent<AnswerBody>(0);
                builder.CloseComponent();
                builder.AddMarkupContent(1, MedQa.Disclaimer.Html());
            }
        }
        """);
}
