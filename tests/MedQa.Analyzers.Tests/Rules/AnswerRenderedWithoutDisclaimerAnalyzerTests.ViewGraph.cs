using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// MEDQA001's view graph (layouts, _ViewStart, partials, view components) over C# classes shaped like Razor's
// compiled views: [RazorCompiledItemMetadata("Identifier", path)] on a RazorPage. The real generator's output is
// covered by the end-to-end build (EndToEnd/RazorEndToEndTests).
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    private const string ViewUsings = """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Razor;
        using Microsoft.AspNetCore.Mvc.Rendering;
        using Microsoft.AspNetCore.Razor.Hosting;
        using Host;
        namespace AspNetCoreGeneratedDocument;

        """;

    private static (string, string) View(string name, string body) => ($"/0/obj/{name}_cshtml.g.cs", ViewUsings + body);

    private const string ViewStartWithLayout = """
        [RazorCompiledItemMetadata("Identifier", "/Views/_ViewStart.cshtml")]
        internal sealed class Views__ViewStart : RazorPage<dynamic>
        {
            public override Task ExecuteAsync() { Layout = "_Layout"; return Task.CompletedTask; }
        }
        """;

    private const string LayoutWithDisclaimer = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Layout.cshtml")]
        internal sealed class Views_Shared__Layout : RazorPage<dynamic>
        {
            public override Task ExecuteAsync() { Write(RenderBody()); Write(MedQa.Disclaimer.Html()); return Task.CompletedTask; }
        }
        """;

    private const string LayoutWithoutDisclaimer = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Layout.cshtml")]
        internal sealed class Views_Shared__Layout : RazorPage<dynamic>
        {
            public override Task ExecuteAsync() { Write(RenderBody()); return Task.CompletedTask; }
        }
        """;

    private const string DisclaimerPartial = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Disclaimer.cshtml")]
        internal sealed class Views_Shared__Disclaimer : RazorPage<dynamic>
        {
            public override Task ExecuteAsync() { Write(MedQa.Disclaimer.Html()); return Task.CompletedTask; }
        }
        """;

    [Fact]
    public Task RazorView_LayoutFromViewStartRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithDisclaimer),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Write(Model.Body); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task RazorView_LayoutFromViewStartWithoutDisclaimer_Reports() => Verifier.AnalyzeAsync([
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithoutDisclaimer),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Write({|MEDQA001:Model.Body|}); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task RazorView_LayoutSetToNullOverridesViewStart_Reports() => Verifier.AnalyzeAsync([
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithDisclaimer),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Layout = null; Write({|MEDQA001:Model.Body|}); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task RazorView_NestedLayoutRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views_Shared__Master", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Master.cshtml")]
            internal sealed class Views_Shared__Master : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write(RenderBody()); Write(MedQa.Disclaimer.Html()); return Task.CompletedTask; }
            }
            """),
        View("Views_Shared__Layout", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Layout.cshtml")]
            internal sealed class Views_Shared__Layout : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Layout = "_Master"; Write(RenderBody()); return Task.CompletedTask; }
            }
            """),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Layout = "~/Views/Shared/_Layout.cshtml"; Write(Model.Body); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task RazorView_PartialRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views_Shared__Disclaimer", DisclaimerPartial),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;

                public override async Task ExecuteAsync()
                {
                    Write(Model.Body);
                    Write(await Html.PartialAsync("_Disclaimer"));
                }
            }
            """)]);

    [Fact]
    public Task RazorPartial_RenderedByCoveredAndUncoveredViews_ReportsPartialAndUncoveredView() => Verifier.AnalyzeAsync([
        View("Views_Shared__Disclaimer", DisclaimerPartial),
        View("Views_Answers__Body", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/_Body.cshtml")]
            internal sealed class Views_Answers__Body : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Write({|MEDQA001:Model.Body|}); return Task.CompletedTask; }
            }
            """),
        View("Views_Answers_Covered", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Covered.cshtml")]
            internal sealed class Views_Answers_Covered : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;

                public override async Task ExecuteAsync()
                {
                    Write(await Html.PartialAsync("_Body", Model));
                    Write(await Html.PartialAsync("_Disclaimer"));
                }
            }
            """),
        View("Views_Answers_Uncovered", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Uncovered.cshtml")]
            internal sealed class Views_Answers_Uncovered : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;

                public override async Task ExecuteAsync()
                {
                    Write({|MEDQA001:"<h1>" + Model.Body + "</h1>"|});
                    Write(await Html.PartialAsync("_Body", Model));
                }
            }
            """)]);

    [Fact]
    public Task RazorPartial_OnlyRenderedByCoveredView_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views_Shared__Disclaimer", DisclaimerPartial),
        View("Views_Answers__Body", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/_Body.cshtml")]
            internal sealed class Views_Answers__Body : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Write(Model.Body); return Task.CompletedTask; }
            }
            """),
        View("Views_Answers_Covered", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Covered.cshtml")]
            internal sealed class Views_Answers_Covered : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;

                public override async Task ExecuteAsync()
                {
                    Write(await Html.PartialAsync("_Body", Model));
                    Write(await Html.PartialAsync("_Disclaimer"));
                }
            }
            """)]);

    [Fact]
    public Task RazorView_ViewComponentRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/DisclaimerViewComponent.cs", """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.ViewComponents;
            namespace Host;
            public sealed class DisclaimerViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke() => Content(MedQa.Disclaimer.Html());
            }
            """),
        View("Views_Home_Index", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")]
            internal sealed class Views_Home_Index : RazorPage<Answer>
            {
                public IViewComponentHelper Component { get; set; } = default!;

                public override async Task ExecuteAsync()
                {
                    Write(Model.Body);
                    Write(await Component.InvokeAsync("Disclaimer"));
                }
            }
            """)]);
}
