using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

public sealed class AddDisclaimerCodeFixProviderTests
{
    [Fact]
    public Task Fix_TextWriterSink_AppendsDisclaimerThroughSameSink() => Verifier.FixAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write("<h1>Answer</h1>");
                writer.Write({|MEDQA001:answer.Body|});
                writer.Write("<footer></footer>");
            }
        }
        """,
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write("<h1>Answer</h1>");
                writer.Write(answer.Body);
                writer.Write("<footer></footer>");
                writer.Write(MedQa.Disclaimer.Html());
            }
        }
        """);

    [Fact]
    public Task Fix_MethodEndsWithReturn_InsertsBeforeReturn() => Verifier.FixAsync(
        """
        using Microsoft.AspNetCore.Html;
        namespace Host;
        public sealed class AnswerHtml
        {
            public IHtmlContent Build(Answer answer)
            {
                var builder = new HtmlContentBuilder();
                builder.Append({|MEDQA001:answer.Body|});
                return builder;
            }
        }
        """,
        """
        using Microsoft.AspNetCore.Html;
        namespace Host;
        public sealed class AnswerHtml
        {
            public IHtmlContent Build(Answer answer)
            {
                var builder = new HtmlContentBuilder();
                builder.Append(answer.Body);
                builder.Append(MedQa.Disclaimer.Html());
                return builder;
            }
        }
        """);

    [Fact]
    public Task Fix_AsyncSink_KeepsAwait() => Verifier.FixAsync(
        """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        namespace Host;
        public static class AnswerEndpoint
        {
            public static async Task Handle(HttpResponse response, Answer answer)
            {
                await response.WriteAsync({|MEDQA001:answer.Body|});
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        namespace Host;
        public static class AnswerEndpoint
        {
            public static async Task Handle(HttpResponse response, Answer answer)
            {
                await response.WriteAsync(answer.Body);
                await response.WriteAsync(MedQa.Disclaimer.Html());
            }
        }
        """);

    [Fact]
    public Task Fix_RendererWithDefaultInstance_CallsItWithStandardDisclaimer() => Verifier.FixAsync(
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write({|MEDQA001:answer.Body|});
            }
        }
        """,
        """
        using System.IO;
        namespace Host;
        public sealed class AnswerPage
        {
            public void Render(TextWriter writer, Answer answer)
            {
                writer.Write(answer.Body);
                writer.Write(MedQa.MedQaHtmlRenderer.Default.RenderDisclaimer(MedQa.MedicalDisclaimer.Standard));
            }
        }
        """,
        markers: """
        namespace MedQa
        {
            [System.AttributeUsage(System.AttributeTargets.All, Inherited = true)]
            public sealed class RequiresMedicalDisclaimerAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Property, Inherited = true)]
            public sealed class RendersMedicalDisclaimerAttribute : System.Attribute { }

            public sealed class MedicalDisclaimer
            {
                public static MedicalDisclaimer Standard { get; } = new();
            }

            public sealed class MedQaHtmlRenderer
            {
                public static MedQaHtmlRenderer Default { get; } = new();

                [RendersMedicalDisclaimer]
                public void RenderDisclaimer(MedicalDisclaimer disclaimer, System.IO.TextWriter writer) { }

                [RendersMedicalDisclaimer]
                public string RenderDisclaimer(MedicalDisclaimer disclaimer) => "<aside></aside>";
            }
        }
        """);
}
