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
}
