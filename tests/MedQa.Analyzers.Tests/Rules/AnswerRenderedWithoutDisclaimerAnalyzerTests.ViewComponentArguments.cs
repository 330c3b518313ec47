using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// View component arguments: Component.InvokeAsync("Name", new { body = ... }), InvokeAsync<T>(new { ... }),
// InvokeAsync(typeof(T), ...), a controller's ViewComponent(...), and <vc:name attr="..."> tags (Razor's nested tag
// helper). An argument that reaches a sink in Invoke, or the view component's view (View(model)), is rendered by
// the page that passes it; the real generator's output is covered by EndToEnd/RealisticViewModels.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    private const string QuoteComponent = """
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class AnswerQuoteViewComponent : ViewComponent
        {
            public IViewComponentResult Invoke(string body, int votes) => Content("<blockquote>" + body + "</blockquote>" + votes);
        }
        """;

    // A view component that gives its argument to its view, which renders its model.
    private const string TextComponent = """
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class AnswerTextViewComponent : ViewComponent
        {
            public IViewComponentResult Invoke(string text) => View("Default", text);
        }
        """;

    private const string TextComponentView = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Shared/Components/AnswerText/Default.cshtml")]
        internal sealed class Views_Shared_Components_AnswerText_Default : RazorPage<string>
        {
            public override Task ExecuteAsync() { Write(Model); return Task.CompletedTask; }
        }
        """;

    private static (string, string) ComponentPage(string statements) => View("Views_Answers_Page", $$"""
        [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Page.cshtml")]
        internal sealed class Views_Answers_Page : RazorPage<Answer>
        {
            public IViewComponentHelper Component { get; set; } = default!;
            public override async Task ExecuteAsync() { {{statements}} }
        }
        """);

    [Fact]
    public Task ViewComponentArguments_ByNameReachesContent_ReportsPage() => Verifier.AnalyzeAsync(
        [("/0/Quote.cs", QuoteComponent), ComponentPage("Write(await Component.InvokeAsync(\"AnswerQuote\", new { body = {|#0:Model.Body|}, votes = Model.Votes }));")],
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("/Views/Answers/Page.cshtml", "Answer.Body"));

    [Fact]
    public Task ViewComponentArguments_PageRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync(
        [("/0/Quote.cs", QuoteComponent), ComponentPage("Write(await Component.InvokeAsync(\"AnswerQuote\", new { body = Model.Body, votes = 1 })); Write(MedQa.Disclaimer.Html());")]);

    [Fact]
    public Task ViewComponentArguments_OnlyIdsPassed_NoDiagnostic() => Verifier.AnalyzeAsync(
        [("/0/Quote.cs", QuoteComponent), ComponentPage("Write(await Component.InvokeAsync(\"AnswerQuote\", new { body = \"#answer-\" + Model.Votes, votes = Model.Votes }));")]);

    [Fact]
    public Task ViewComponentArguments_ByTypeArgumentAndTypeOf_ReportPage() => Verifier.AnalyzeAsync([
        ("/0/Quote.cs", QuoteComponent),
        ComponentPage("Write(await Component.InvokeAsync<AnswerQuoteViewComponent>(new { Body = {|MEDQA001:Model.Body|} })); Write(await Component.InvokeAsync(typeof(AnswerQuoteViewComponent), new { body = Model.Body }));")]);

    [Fact]
    public Task ViewComponentArguments_ArgumentNamedForNoParameter_NoDiagnostic() => Verifier.AnalyzeAsync(
        [("/0/Quote.cs", QuoteComponent), ComponentPage("Write(await Component.InvokeAsync(\"AnswerQuote\", new { title = Model.Body, votes = 1 }));")]);

    [Fact]
    public Task ViewComponentArguments_ViewRendersModel_ReportsPage() => Verifier.AnalyzeAsync([
        ("/0/Text.cs", TextComponent),
        View("Views_Shared_Components_AnswerText_Default", TextComponentView),
        ComponentPage("Write(await Component.InvokeAsync(\"AnswerText\", new { text = {|MEDQA001:Model.Body|} }));")]);

    [Fact]
    public Task ViewComponentArguments_ViewRendersModelPageCovered_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Text.cs", TextComponent),
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithDisclaimer),
        View("Views_Shared_Components_AnswerText_Default", TextComponentView),
        ComponentPage("Write(await Component.InvokeAsync(\"AnswerText\", new { text = Model.Body }));")]);

    [Fact]
    public Task ViewComponentArguments_TypedViewModelOfView_ReportsViewOfUncoveredPage() => Verifier.AnalyzeAsync([
        ("/0/Card.cs", CardModel),
        ("/0/CardComponent.cs", """
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswerCardViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke(string body, int votes) => View(new AnswerCard("#answer-" + votes, body));
            }
            """),
        View("Views_Shared_Components_AnswerCard_Default", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/Components/AnswerCard/Default.cshtml")]
            internal sealed class Views_Shared_Components_AnswerCard_Default : RazorPage<AnswerCard>
            {
                public override Task ExecuteAsync() { Write(Model.Anchor); Write({|MEDQA001:Model.Body|}); return Task.CompletedTask; }
            }
            """),
        ComponentPage("Write(await Component.InvokeAsync(\"AnswerCard\", new { body = Model.Body, votes = Model.Votes }));")]);

    [Fact]
    public Task ViewComponentArguments_ControllerViewComponentResult_ReportsAction() => Verifier.AnalyzeAsync([
        ("/0/Quote.cs", QuoteComponent),
        CardsController("""
            public IActionResult Quote(Answer answer) => ViewComponent("AnswerQuote", new { body = {|MEDQA001:answer.Body|}, votes = 0 });
            public IActionResult Votes(Answer answer) => ViewComponent("AnswerQuote", new { body = "", votes = answer.Votes });
            """)]);

    // <vc:answer-html html="@Html.Raw(...)" />: Razor's nested tag helper holds the attribute and invokes the view component with it.
    private static (string, string) ComponentTagPage(string html, string? after = null) => View("Views_Answers_Tag", $$"""
        [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Tag.cshtml")]
        internal sealed class Views_Answers_Tag : RazorPage<Answer>
        {
            private __Generated__AnswerHtmlViewComponentTagHelper __tag = default!;
            public IHtmlHelper<Answer> Html { get; set; } = default!;
            public override Task ExecuteAsync()
            {
                __tag = CreateTagHelper<__Generated__AnswerHtmlViewComponentTagHelper>();
                __tag.html = {{html}};
                {{after}}
                return Task.CompletedTask;
            }

            [Microsoft.AspNetCore.Razor.TagHelpers.HtmlTargetElement("vc:answer-html")]
            public class __Generated__AnswerHtmlViewComponentTagHelper : Microsoft.AspNetCore.Razor.TagHelpers.TagHelper
            {
                private readonly IViewComponentHelper __helper = null!;
                public Microsoft.AspNetCore.Html.IHtmlContent html { get; set; } = default!;
                public override async Task ProcessAsync(Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContext __context, Microsoft.AspNetCore.Razor.TagHelpers.TagHelperOutput __output)
                {
                    var __helperContent = await __helper.InvokeAsync("AnswerHtml", ProcessInvokeAsyncArgs(__context));
                    __output.Content.SetHtmlContent(__helperContent);
                }

                private System.Collections.Generic.Dictionary<string, object> ProcessInvokeAsyncArgs(Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContext __context)
                {
                    var args = new System.Collections.Generic.Dictionary<string, object>();
                    if (__context.AllAttributes.ContainsName("html")) { args[nameof(html)] = html; }
                    return args;
                }
            }
        }
        """);

    private const string HtmlComponent = """
        using Microsoft.AspNetCore.Html;
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class AnswerHtmlViewComponent : ViewComponent
        {
            public IViewComponentResult Invoke(IHtmlContent html) => new Microsoft.AspNetCore.Mvc.ViewComponents.HtmlContentViewComponentResult(html);
        }
        """;

    [Fact]
    public Task ViewComponentTag_AttributeReachesView_ReportsPage() => Verifier.AnalyzeAsync([
        ("/0/Html.cs", HtmlComponent.Replace("new Microsoft.AspNetCore.Mvc.ViewComponents.HtmlContentViewComponentResult(html)", "View(\"Default\", html)", StringComparison.Ordinal)),
        View("Views_Shared_Components_AnswerHtml_Default", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/Components/AnswerHtml/Default.cshtml")]
            internal sealed class Views_Shared_Components_AnswerHtml_Default : RazorPage<Microsoft.AspNetCore.Html.IHtmlContent>
            {
                public override Task ExecuteAsync() { Write(Model); return Task.CompletedTask; }
            }
            """),
        ComponentTagPage("{|MEDQA001:Html.Raw(Model.Body)|}")]);

    [Fact]
    public Task ViewComponentTag_PageCoveredOrIdsOnly_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Html.cs", HtmlComponent.Replace("new Microsoft.AspNetCore.Mvc.ViewComponents.HtmlContentViewComponentResult(html)", "View(\"Default\", html)", StringComparison.Ordinal)),
        View("Views_Shared_Components_AnswerHtml_Default", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/Components/AnswerHtml/Default.cshtml")]
            internal sealed class Views_Shared_Components_AnswerHtml_Default : RazorPage<Microsoft.AspNetCore.Html.IHtmlContent>
            {
                public override Task ExecuteAsync() { Write(Model); return Task.CompletedTask; }
            }
            """),
        ComponentTagPage("Html.Raw(Model.Body)", "Write(MedQa.Disclaimer.Html());"),
        View("Views_Answers_Ids", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Ids.cshtml")]
            internal sealed class Views_Answers_Ids : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;
                public override Task ExecuteAsync()
                {
                    var tag = CreateTagHelper<Views_Answers_Tag.__Generated__AnswerHtmlViewComponentTagHelper>();
                    tag.html = Html.Raw("#answer-" + Model.Votes);
                    return Task.CompletedTask;
                }
            }
            """)]);
}
