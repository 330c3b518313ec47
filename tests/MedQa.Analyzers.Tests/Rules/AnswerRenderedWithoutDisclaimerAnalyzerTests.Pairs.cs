using MedQa.Analyzers.Tests.Infrastructure;
using MedQa.Analyzers.Tests.Internal;

namespace MedQa.Analyzers.Tests.Rules;

// The other half (firing or silent) of issue 10's bullets whose other half is tested elsewhere: collection
// initializers, expression lambdas (DisplayFor), slices and pattern variables of ids, ViewBag/TempData keys,
// [Parameter]s given ids, nested layouts without the disclaimer, the project's tag helpers (not covering, and
// rendering content judged by their pages), MedicalDisclaimer not written, a method named Write that is no sink,
// duplicated markers with a covered page, a Program that renders the disclaimer itself.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    [Fact]
    public Task ViewModel_CollectionInitializers_Report() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        namespace Host;
        public sealed class Vm { public List<string> Lines { get; } = new(); public List<string> Anchors { get; } = new(); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                var vm = new Vm { Lines = { a.Body }, Anchors = { "#answer-" + a.Votes } };
                var items = new List<string> { "<hr>", a.Body };
                writer.Write(string.Join(",", vm.Anchors));
                writer.Write({|MEDQA001:string.Join(",", vm.Lines)|});
                writer.Write(string.Join(",", items));
            }
        }
        """);

    [Fact]
    public Task ViewModel_CollectionInitializersOfIds_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        namespace Host;
        public sealed class Vm { public List<string> Anchors { get; } = new(); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                var vm = new Vm { Anchors = { "#answer-" + a.Votes } };
                var items = new List<string> { "<hr>", a.Author };
                writer.Write(string.Join(",", vm.Anchors) + string.Join(",", items));
            }
        }
        """);

    [Fact]
    public Task Lambda_DisplayForExpression_ReportsContentNotVotes() => Verifier.AnalyzeAsync([
        View("Views_Answers_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Show.cshtml")]
            internal sealed class Views_Answers_Show : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;
                public override Task ExecuteAsync() { Write(Html.DisplayFor(m => m.Votes)); Write({|MEDQA001:Html.DisplayFor(m => m.Body)|}); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task Lambda_DisplayForVotesOnly_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views_Answers_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Show.cshtml")]
            internal sealed class Views_Answers_Show : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;
                public override Task ExecuteAsync() { Write(Html.DisplayFor(m => m.Votes)); Write(Html.DisplayNameFor(m => m.Body)); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task RangeAndPattern_SliceAndPatternVariableOfIds_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a)
            {
                writer.Write(a.Author[..1]);
                if (a.Author is { Length: > 0 } author) { writer.Write(author); }
            }
        }
        """);

    [Fact]
    public Task ViewBagAndTempData_ContentByKey_ReportViewsThatWriteThatKey() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswersController : Controller
            {
                public IActionResult Show(Answer answer)
                {
                    ViewBag.Excerpt = answer.Body;
                    ViewBag.Votes = answer.Votes.ToString();
                    TempData["Flash"] = answer.Body;
                    return View();
                }
            }
            """),
        View("Views_Answers_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Show.cshtml")]
            internal sealed class Views_Answers_Show : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write(ViewBag.Votes); Write({|MEDQA001:ViewBag.excerpt|}); return Task.CompletedTask; }
            }
            """),
        View("Views_Answers_Flash", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Flash.cshtml")]
            internal sealed class Views_Answers_Flash : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write({|MEDQA001:TempData["flash"]|}); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task ViewBagAndTempData_OtherKeys_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswersController : Controller
            {
                public IActionResult Show(Answer answer)
                {
                    ViewBag.Excerpt = answer.Body;
                    TempData["Flash"] = "Saved";
                    return View();
                }
            }
            """),
        View("Views_Answers_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Show.cshtml")]
            internal sealed class Views_Answers_Show : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write(ViewBag.Title); Write(TempData["Flash"]); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task Blazor_ParameterGivenOnlyIds_NoDiagnostic() => Verifier.AnalyzeAsync(BlazorUsings + """
        public sealed class Card : ComponentBase
        {
            [Parameter] public string Text { get; set; } = "";
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Text);
        }
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder)
            {
                builder.OpenComponent<Card>(0);
                builder.AddComponentParameter(1, "Text", "#answer-" + Answer.Votes);
                builder.CloseComponent();
            }
        }
        """);

    [Fact]
    public Task Blazor_NestedLayoutsWithoutDisclaimer_Reports() => Verifier.AnalyzeAsync(BlazorUsings + """
        public sealed class MainLayout : LayoutComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Body);
        }
        [Layout(typeof(MainLayout))]
        public sealed class DocsLayout : LayoutComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Body);
        }
        [Layout(typeof(DocsLayout))]
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, {|MEDQA001:Answer.Body|});
        }
        """);

    [Fact]
    public Task ProjectTagHelper_ProcessWithoutDisclaimer_DoesNotCoverPage() => Verifier.AnalyzeAsync([
        ("/0/Notice.cs", """
            using Microsoft.AspNetCore.Razor.TagHelpers;
            namespace Host;
            public sealed class NoticeTagHelper : TagHelper
            {
                public override void Process(TagHelperContext context, TagHelperOutput output) => output.Content.SetHtmlContent("<aside>Notice</aside>");
            }
            """),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                private static T Create<T>() where T : new() => new T();
                public override Task ExecuteAsync() { Write({|MEDQA001:Model.Body|}); Create<NoticeTagHelper>(); return Task.CompletedTask; }
            }
            """)]);

    private const string ExcerptTagHelper = """
        using Microsoft.AspNetCore.Razor.TagHelpers;
        namespace Host;
        public static class Store { public static Answer Latest { get; } = new(); }
        public sealed class ExcerptTagHelper : TagHelper
        {
            public override void Process(TagHelperContext context, TagHelperOutput output) => output.Content.SetContent(Store.Latest.Body);
        }
        """;

    private static (string, string) TagHelperPage(string name, string path, string extra) => View(name, $$"""
        [RazorCompiledItemMetadata("Identifier", "{{path}}")]
        internal sealed class {{name}} : RazorPage<Answer>
        {
            private static T Create<T>() where T : new() => new T();
            public override Task ExecuteAsync() { Create<ExcerptTagHelper>(); {{extra}} return Task.CompletedTask; }
        }
        """);

    [Fact]
    public Task ProjectTagHelperRenderingContent_UsedByUncoveredPage_ReportsTagHelper() => Verifier.AnalyzeAsync([
        ("/0/Excerpt.cs", ExcerptTagHelper.Replace("SetContent(Store.Latest.Body)", "SetContent({|MEDQA001:Store.Latest.Body|})", StringComparison.Ordinal)),
        TagHelperPage("Views_Home_Covered", "/Views/Home/Covered.cshtml", "Write(MedQa.Disclaimer.Html());"),
        TagHelperPage("Views_Home_Bare", "/Views/Home/Bare.cshtml", "")]);

    [Fact]
    public Task ProjectTagHelperRenderingContent_UsedOnlyByCoveredPages_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Excerpt.cs", ExcerptTagHelper),
        TagHelperPage("Views_Home_Covered", "/Views/Home/Covered.cshtml", "Write(MedQa.Disclaimer.Html());")]);

    [Fact]
    public Task MedicalDisclaimer_ReadButNotWritten_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace MedQa { public sealed record MedicalDisclaimer { public static MedicalDisclaimer Standard { get; } = new(); public string Text => "Educational only."; } }
        namespace Host
        {
            public sealed class Page
            {
                public void Render(TextWriter writer, Answer a)
                {
                    var length = MedQa.MedicalDisclaimer.Standard.Text.Length;
                    writer.Write({|MEDQA001:a.Body|});
                    writer.Write(length);
                }
            }
        }
        """);

    [Fact]
    public Task MethodNamedWrite_OfTheProject_IsNoSink_NoDiagnostic() => Verifier.AnalyzeAsync("""
        namespace Host;
        public sealed class AuditTrail
        {
            private int _count;
            public void Write(string text) => _count += text.Length;
            public void WriteLine(object value) => _count++;
        }
        public sealed class Page
        {
            public void Render(AuditTrail audit, Answer a) { audit.Write(a.Body); audit.WriteLine(a.Body); }
        }
        """);

    [Fact]
    public Task Markers_DefinedInTwoReferences_CoveredPage_NoDiagnostic()
    {
        var markers = """
            namespace MedQa
            {
                [System.AttributeUsage(System.AttributeTargets.All)] public sealed class RequiresMedicalDisclaimerAttribute : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.All)] public sealed class RendersMedicalDisclaimerAttribute : System.Attribute { }
            }
            """;
        var one = TypeLookupTests.Library("MarkersOne", markers);
        var two = TypeLookupTests.Library("MarkersTwo", markers);
        var model = TypeLookupTests.LibraryWith("Model", """
            namespace Host
            {
                public sealed class Answer { [MedQa.RequiresMedicalDisclaimer] public string Body { get; set; } = ""; }
                public static class Notice { [MedQa.RendersMedicalDisclaimer] public static string Html() => "<aside>Educational only.</aside>"; }
            }
            """, one);
        return Verifier.AnalyzeWithReferencesAsync(
            [("/0/Test0.cs", """
                namespace Host;
                public sealed class Page { public void Render(System.IO.TextWriter writer, Answer a) { writer.Write(a.Body); writer.Write(Notice.Html()); } }
                """)],
            [one, two, model],
            withMarkers: false);
    }

    [Fact]
    public Task MinimalApi_ProgramRendersDisclaimerItself_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Routing;
        namespace Host;
        public static class Endpoints
        {
            public static void MapDisclaimer(IEndpointRouteBuilder app) => app.MapGet("/disclaimer", () => MedQa.Disclaimer.Html());
            public static void PrintDisclaimer() => Console.WriteLine(MedQa.Disclaimer.Html());
        }
        public static class Startup
        {
            public static void Run(IEndpointRouteBuilder app, Answer answer)
            {
                Endpoints.MapDisclaimer(app);
                Console.WriteLine(answer.Body);
                Endpoints.PrintDisclaimer();
            }
        }
        """);
}
