using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// Partial views' and views' models: <partial name model>, Html.PartialAsync(name, model), PartialView(name, model),
// View(model). A view that renders the text it is given as its model makes the page (or action) that gives it
// render it; a typed view model's members are followed by member, and the partial is judged by the pages that
// render it. Views are C# classes shaped like Razor's output (the real generator: EndToEnd/RealisticViewModels).
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    private const string CardModel = "namespace Host { public sealed record AnswerCard(string Anchor, string Body); }";

    private const string TextPartial = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Text.cshtml")]
        internal sealed class Views_Shared__Text : RazorPage<string>
        {
            public override Task ExecuteAsync() { WriteLiteral("<p>"); Write(Model); return Task.CompletedTask; }
        }
        """;

    private const string CardPartial = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Card.cshtml")]
        internal sealed class Views_Shared__Card : RazorPage<AnswerCard>
        {
            public override Task ExecuteAsync() { Write(Model.Anchor); Write(Model.Body); return Task.CompletedTask; }
        }
        """;

    // <partial name="{name}" model="{model}" />, as Razor generates it (the name in a static TagHelperAttribute).
    private static (string, string) PartialTagPage(string path, string name, string model, string? before = null) => View("Views_Answers_Page", $$"""
        [RazorCompiledItemMetadata("Identifier", "{{path}}")]
        internal sealed class Views_Answers_Page : RazorPage<Answer>
        {
            private static readonly Microsoft.AspNetCore.Razor.TagHelpers.TagHelperAttribute __tagHelperAttribute_0 = new("name", "{{name}}", Microsoft.AspNetCore.Razor.TagHelpers.HtmlAttributeValueStyle.DoubleQuotes);
            private Microsoft.AspNetCore.Mvc.TagHelpers.PartialTagHelper __partial = default!;
            public IHtmlHelper<Answer> Html { get; set; } = default!;

            public override async Task ExecuteAsync()
            {
                {{before}}
                __partial = CreateTagHelper<Microsoft.AspNetCore.Mvc.TagHelpers.PartialTagHelper>();
                __partial.Name = (string)__tagHelperAttribute_0.Value;
                __partial.Model = {{model}};
                await Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task PartialTagModel_PartialRendersTextModel_ReportsPage() => Verifier.AnalyzeAsync(
        [View("Views_Shared__Text", TextPartial), PartialTagPage("/Views/Answers/Page.cshtml", "_Text", "{|#0:Model.Body|}")],
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("/Views/Answers/Page.cshtml", "Answer.Body"));

    [Fact]
    public Task PartialTagModel_PageRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync(
        [View("Views_Shared__Text", TextPartial), PartialTagPage("/Views/Answers/Page.cshtml", "_Text", "Model.Body", "Write(MedQa.Disclaimer.Html());")]);

    [Fact]
    public Task PartialTagModel_LayoutRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithDisclaimer),
        View("Views_Shared__Text", TextPartial),
        PartialTagPage("/Views/Answers/Page.cshtml", "_Text", "Model.Body")]);

    [Fact]
    public Task PartialTagModel_OnlyIdsAndCounts_NoDiagnostic() => Verifier.AnalyzeAsync(
        [View("Views_Shared__Text", TextPartial), PartialTagPage("/Views/Answers/Page.cshtml", "_Text", "\"#answer-\" + Model.Votes")]);

    [Fact]
    public Task PartialTagModel_PartialDoesNotRenderItsModel_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views_Shared__Text", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Text.cshtml")]
            internal sealed class Views_Shared__Text : RazorPage<string>
            {
                public override Task ExecuteAsync() { WriteLiteral("<p>Answer</p>"); Write(Model.Length); return Task.CompletedTask; }
            }
            """),
        PartialTagPage("/Views/Answers/Page.cshtml", "_Text", "Model.Body")]);

    [Fact]
    public Task PartialTagModel_MarkedValueGivenToObjectModel_ReportsPage() => Verifier.AnalyzeAsync([
        ("/0/Reply.cs", """
            namespace Host;
            [MedQa.RequiresMedicalDisclaimer] public sealed class Reply { public string Text { get; set; } = ""; }
            public static class Replies { public static Reply Latest { get; } = new(); }
            """),
        View("Views_Shared__Text", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Shared/_Text.cshtml")]
            internal sealed class Views_Shared__Text : RazorPage<object>
            {
                public override Task ExecuteAsync() { Write(Model); return Task.CompletedTask; }
            }
            """),
        PartialTagPage("/Views/Answers/Page.cshtml", "_Text", "{|MEDQA001:Replies.Latest|}")]);

    [Fact]
    public Task PartialTagModel_UnmarkedViewModelBuiltFromContent_ReportsPartialOfUncoveredPage() => Verifier.AnalyzeAsync([
        ("/0/Card.cs", CardModel),
        View("Views_Shared__Card", CardPartial.Replace("Write(Model.Body)", "Write({|#0:Model.Body|})", StringComparison.Ordinal)),
        PartialTagPage("/Views/Answers/Page.cshtml", "_Card", "card", "var card = new AnswerCard(\"#answer-\" + Model.Votes, Model.Body);")],
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("/Views/Shared/_Card.cshtml", "AnswerCard.Body"));

    [Fact]
    public Task PartialTagModel_UnmarkedViewModelPageCovered_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Card.cs", CardModel),
        View("Views_Shared__Card", CardPartial),
        PartialTagPage("/Views/Answers/Page.cshtml", "_Card", "card", "var card = new AnswerCard(\"#answer-\" + Model.Votes, Model.Body); Write(MedQa.Disclaimer.Html());")]);

    [Fact]
    public Task PartialTagModel_UnmarkedViewModelOfIdsOnly_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Card.cs", CardModel),
        View("Views_Shared__Card", CardPartial),
        PartialTagPage("/Views/Answers/Page.cshtml", "_Card", "card", "var card = new AnswerCard(\"#answer-\" + Model.Votes, Model.Votes.ToString());")]);

    [Fact]
    public Task PartialAsyncModel_TextModel_ReportsPage() => Verifier.AnalyzeAsync([
        View("Views_Shared__Text", TextPartial),
        View("Views_Answers_Page", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Page.cshtml")]
            internal sealed class Views_Answers_Page : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;
                public override async Task ExecuteAsync() { await Html.RenderPartialAsync("_Text", {|MEDQA001:Model.Body|}); }
            }
            """)]);

    [Fact]
    public Task PartialAsyncModel_TextModelPageCovered_NoDiagnostic() => Verifier.AnalyzeAsync([
        View("Views_Shared__Text", TextPartial),
        View("Views_Shared__Disclaimer", DisclaimerPartial),
        View("Views_Answers_Page", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Page.cshtml")]
            internal sealed class Views_Answers_Page : RazorPage<Answer>
            {
                public IHtmlHelper<Answer> Html { get; set; } = default!;
                public override async Task ExecuteAsync() { Write(await Html.PartialAsync("_Text", Model.Body)); Write(await Html.PartialAsync("_Disclaimer")); }
            }
            """)]);

    private static (string, string) CardsController(string body) => ("/0/CardsController.cs", $$"""
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class CardsController : Controller
        {
            {{body}}
        }
        """);

    private const string CardsTextView = """
        [RazorCompiledItemMetadata("Identifier", "/Views/Cards/_Text.cshtml")]
        internal sealed class Views_Cards__Text : RazorPage<string>
        {
            public override Task ExecuteAsync() { Write(Model); return Task.CompletedTask; }
        }
        """;

    [Fact]
    public Task PartialViewModel_ActionGivesContent_ReportsAction() => Verifier.AnalyzeAsync(
        [CardsController("public IActionResult Fragment(Answer answer) => PartialView(\"_Text\", {|#0:answer.Body|});"), View("Views_Cards__Text", CardsTextView)],
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("CardsController.Fragment", "Answer.Body"));

    [Fact]
    public Task PartialViewModel_ActionRendersDisclaimerOrGivesIds_NoDiagnostic() => Verifier.AnalyzeAsync([
        CardsController("""
            public IActionResult Covered(Answer answer) { ViewData["Footer"] = MedQa.Disclaimer.Html(); return PartialView("_Text", answer.Body); }
            public IActionResult Votes(Answer answer) => PartialView("_Text", answer.Votes.ToString());
            """),
        View("Views_Cards__Text", CardsTextView)]);

    [Fact]
    public Task ViewModel_ActionViewRendersTextModel_ReportsAction() => Verifier.AnalyzeAsync([
        CardsController("public IActionResult Show(Answer answer) => View({|MEDQA001:(object)answer.Body|});"),
        View("Views_Cards_Show", CardsTextView.Replace("/Views/Cards/_Text.cshtml", "/Views/Cards/Show.cshtml", StringComparison.Ordinal).Replace("Views_Cards__Text", "Views_Cards_Show", StringComparison.Ordinal))]);
}
