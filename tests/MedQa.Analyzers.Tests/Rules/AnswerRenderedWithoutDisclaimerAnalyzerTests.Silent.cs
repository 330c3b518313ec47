using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// Not firing: covered units, no sink, JSON, test projects, code without markers, suppressions, covered children.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
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
