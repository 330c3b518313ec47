using MedQa.Analyzers.Tests.Infrastructure;
using MedQa.Analyzers.Tests.Internal;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Tests.Rules;

// Coverage where apps put it: Blazor layouts (@layout/[Layout], RouteView DefaultLayout, nested), [Parameter]s,
// tag helpers and components marked with MedQa's markers (from a referenced assembly, as MedQa.AspNetCore's),
// view components by [ViewComponent(Name = ...)], markers defined twice in the references.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    private const string BlazorUsings = """
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Components.Rendering;
        namespace Host;

        """;

    private const string MainLayoutWithDisclaimer = """
        public sealed class MainLayout : LayoutComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder) { builder.AddContent(0, Body); builder.AddMarkupContent(1, MedQa.Disclaimer.Html()); }
        }
        """;

    // The markers and the tag helpers/components of a MedQa.AspNetCore-like package, compiled into a library.
    private static readonly Lazy<MetadataReference> AspNetCoreLike = new(() => TypeLookupTests.Library("MedQa.AspNetCore.Like", """
        namespace MedQa
        {
            [System.AttributeUsage(System.AttributeTargets.All, Inherited = true)]
            public sealed class RequiresMedicalDisclaimerAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.All, Inherited = true)]
            public sealed class RendersMedicalDisclaimerAttribute : System.Attribute { }
        }
        namespace Host
        {
            public sealed class Answer { [MedQa.RequiresMedicalDisclaimer] public string Body { get; set; } = ""; public int Votes { get; set; } }
        }
        namespace MedQa.AspNetCore.TagHelpers
        {
            [MedQa.RendersMedicalDisclaimer]
            public sealed class MedQaDisclaimerTagHelper : Microsoft.AspNetCore.Razor.TagHelpers.TagHelper { }
            [MedQa.RequiresMedicalDisclaimer]
            public sealed class MedQaAnswersTagHelper : Microsoft.AspNetCore.Razor.TagHelpers.TagHelper { }
        }
        namespace MedQa.AspNetCore.Components
        {
            [MedQa.RendersMedicalDisclaimer]
            public sealed class MedQaDisclaimer : Microsoft.AspNetCore.Components.ComponentBase { }
            [MedQa.RequiresMedicalDisclaimer]
            public sealed class MedQaAnswers : Microsoft.AspNetCore.Components.ComponentBase { }
        }
        """));

    [Fact]
    public Task Blazor_LayoutAttributeRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync(BlazorUsings + MainLayoutWithDisclaimer + """
        [Layout(typeof(MainLayout))]
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Answer.Body);
        }
        """);

    [Fact]
    public Task Blazor_RouteViewDefaultLayout_CoversRoutablePagesOnly() => Verifier.AnalyzeAsync(BlazorUsings + MainLayoutWithDisclaimer + """
        public sealed class Routes : ComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder)
            {
                builder.OpenComponent<RouteView>(0);
                builder.AddComponentParameter(1, "DefaultLayout", typeof(MainLayout));
                builder.CloseComponent();
            }
        }
        [Route("/answer")]
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Answer.Body);
        }
        public sealed class NotRoutable : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, {|MEDQA001:Answer.Body|});
        }
        """);

    [Fact]
    public Task Blazor_NestedLayoutRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync(BlazorUsings + MainLayoutWithDisclaimer + """
        [Layout(typeof(MainLayout))]
        public sealed class DocsLayout : LayoutComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Body);
        }
        [Layout(typeof(DocsLayout))]
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Answer.Body);
        }
        """);

    [Fact]
    public Task Blazor_LayoutWithoutDisclaimer_Reports() => Verifier.AnalyzeAsync(BlazorUsings + """
        public sealed class MainLayout : LayoutComponentBase
        {
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Body);
        }
        [Layout(typeof(MainLayout))]
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, {|MEDQA001:Answer.Body|});
        }
        """);

    [Fact]
    public Task Blazor_ParameterGivenContent_ReportsChildThatShowsIt() => Verifier.AnalyzeAsync(
        BlazorUsings + """
        public sealed class Card : ComponentBase
        {
            [Parameter] public string Text { get; set; } = "";
            [Parameter] public string Anchor { get; set; } = "";
            protected override void BuildRenderTree(RenderTreeBuilder builder) { builder.AddContent(0, Anchor); builder.AddContent(1, {|#0:Text|}); }
        }
        public sealed class AnswerPage : ComponentBase
        {
            [Parameter] public Answer Answer { get; set; } = new();
            protected override void BuildRenderTree(RenderTreeBuilder builder)
            {
                builder.OpenComponent<Card>(0);
                builder.AddComponentParameter(1, "Text", Answer.Body);
                builder.AddComponentParameter(2, "Anchor", "#answer-" + Answer.Votes);
                builder.CloseComponent();
            }
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("Card", "Card.Text"));

    [Fact]
    public Task MarkedTagHelperFromReference_RendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeWithReferencesAsync(
        [View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                private static T Create<T>() where T : new() => new T();
                public override Task ExecuteAsync()
                {
                    Write(Model.Body);
                    Create<MedQa.AspNetCore.TagHelpers.MedQaDisclaimerTagHelper>();
                    return Task.CompletedTask;
                }
            }
            """)],
        [AspNetCoreLike.Value],
        withMarkers: false);

    [Fact]
    public Task MarkedTagHelperFromReference_RendersContent_Reports() => Verifier.AnalyzeWithReferencesAsync(
        [View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                private static T Create<T>() where T : new() => new T();
                public override Task ExecuteAsync()
                {
                    {|MEDQA001:Create<MedQa.AspNetCore.TagHelpers.MedQaAnswersTagHelper>()|};
                    return Task.CompletedTask;
                }
            }
            """)],
        [AspNetCoreLike.Value],
        withMarkers: false);

    [Fact]
    public Task MarkedComponentsFromReference_AnswersAndDisclaimer_NoDiagnostic() => Verifier.AnalyzeWithReferencesAsync(
        [("/0/Test0.cs", BlazorUsings + """
            public sealed class AnswerPage : ComponentBase
            {
                protected override void BuildRenderTree(RenderTreeBuilder builder)
                {
                    builder.OpenComponent<MedQa.AspNetCore.Components.MedQaAnswers>(0);
                    builder.CloseComponent();
                    builder.OpenComponent<MedQa.AspNetCore.Components.MedQaDisclaimer>(1);
                    builder.CloseComponent();
                }
            }
            """)],
        [AspNetCoreLike.Value],
        withMarkers: false);

    [Fact]
    public Task MarkedComponentFromReference_AnswersWithoutDisclaimer_Reports() => Verifier.AnalyzeWithReferencesAsync(
        [("/0/Test0.cs", BlazorUsings + """
            public sealed class AnswerPage : ComponentBase
            {
                protected override void BuildRenderTree(RenderTreeBuilder builder)
                {
                    {|MEDQA001:builder.OpenComponent<MedQa.AspNetCore.Components.MedQaAnswers>(0)|};
                    builder.CloseComponent();
                }
            }
            """)],
        [AspNetCoreLike.Value],
        withMarkers: false);

    [Fact]
    public Task ProjectTagHelper_ProcessRendersDisclaimer_CoversPage() => Verifier.AnalyzeAsync([
        ("/0/Notice.cs", """
            using Microsoft.AspNetCore.Razor.TagHelpers;
            namespace Host;
            public sealed class NoticeTagHelper : TagHelper
            {
                public override void Process(TagHelperContext context, TagHelperOutput output) => output.Content.SetHtmlContent(MedQa.Disclaimer.Html());
            }
            """),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                private static T Create<T>() where T : new() => new T();
                public override Task ExecuteAsync() { Write(Model.Body); Create<NoticeTagHelper>(); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task ViewComponent_NamedByAttribute_CoversPage() => Verifier.AnalyzeAsync([
        ("/0/Notice.cs", """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.ViewComponents;
            namespace Host;
            [ViewComponent(Name = "Notice")]
            public sealed class SiteFooter : ViewComponent
            {
                public IViewComponentResult Invoke() => Content(MedQa.Disclaimer.Html());
            }
            """),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public IViewComponentHelper Component { get; set; } = default!;
                public override async Task ExecuteAsync() { Write(Model.Body); Write(await Component.InvokeAsync("Notice")); }
            }
            """)]);

    [Fact]
    public Task ViewComponent_ClassNameNotItsName_Reports() => Verifier.AnalyzeAsync([
        ("/0/Notice.cs", """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.ViewComponents;
            namespace Host;
            [ViewComponent(Name = "Notice")]
            public sealed class SiteFooterViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke() => Content(MedQa.Disclaimer.Html());
            }
            """),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public IViewComponentHelper Component { get; set; } = default!;
                public override async Task ExecuteAsync() { Write({|MEDQA001:Model.Body|}); Write(await Component.InvokeAsync("SiteFooter")); }
            }
            """)]);

    [Fact]
    public Task Markers_DefinedInTwoReferences_StillReports()
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
        var model = TypeLookupTests.LibraryWith("Model", "namespace Host { public sealed class Answer { [MedQa.RequiresMedicalDisclaimer] public string Body { get; set; } = \"\"; } }", one);
        return Verifier.AnalyzeWithReferencesAsync(
            [("/0/Test0.cs", """
                namespace Host;
                public sealed class Page { public void Render(System.IO.TextWriter writer, Answer a) => writer.Write({|MEDQA001:a.Body|}); }
                """)],
            [one, two, model],
            withMarkers: false);
    }
}
