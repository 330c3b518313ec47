namespace MedQa.Analyzers.Tests.EndToEnd;

/// <summary>
/// The shapes real apps use, added to the end-to-end project: the Blazor Web App template's MainLayout and
/// Routes.razor (RouteView DefaultLayout), @layout, [Parameter]s, a tag helper and a view component
/// ([ViewComponent(Name)], &lt;vc:…&gt;) that render the disclaimer, controller actions as units, minimal-API
/// lambdas, a view model projected with Select. Lines ending with <see cref="WebProjectFixture.Marker"/> must be
/// reported; everything else must stay silent.
/// </summary>
internal static class RealisticApp
{
    public static IEnumerable<(string Path, string Text)> Files()
    {
        // ---- Blazor Web App template: MainLayout renders the disclaimer, Routes gives it as the default layout ----
        yield return ("Components/Layout/MainLayout.razor", """
            @inherits LayoutComponentBase
            @using E2E.Components
            <main>@Body</main>
            <Disclaimer />
            """);
        yield return ("Components/Layout/BareLayout.razor", """
            @inherits LayoutComponentBase
            <main>@Body</main>
            """);
        yield return ("Components/Routes.razor", """
            @using Microsoft.AspNetCore.Components.Routing
            <Router AppAssembly="typeof(Program).Assembly">
                <Found Context="routeData">
                    <RouteView RouteData="routeData" DefaultLayout="typeof(Layout.MainLayout)" />
                </Found>
            </Router>
            """);
        yield return ("Components/Pages/BlazorAnswer.razor", """
            @page "/blazor/answer"
            <p>@Sample.Answer.Body</p>
            """);
        yield return ("Components/Pages/BlazorBareLayout.razor", """
            @page "/blazor/bare"
            @layout E2E.Components.Layout.BareLayout
            <p>@Sample.Answer.Body</p> @* MEDQA001 here *@
            """);

        // ---- [Parameter] flow: the host passes content, the child shows it; the host has no disclaimer ----
        yield return ("Components/TextCard.razor", """
            <p>@Text</p> @* MEDQA001 here *@
            @code { [Parameter] public string Text { get; set; } = ""; }
            """);
        yield return ("Components/TextCardHost.razor", """
            <TextCard Text="@Sample.Answer.Body" />
            """);

        // ---- A tag helper and a view component that render the disclaimer cover the views that use them ----
        yield return ("TagHelpers/SiteNoticeTagHelper.cs", """
            using Microsoft.AspNetCore.Razor.TagHelpers;

            namespace E2E.TagHelpers;

            [HtmlTargetElement("site-notice")]
            public sealed class SiteNoticeTagHelper : TagHelper
            {
                public override void Process(TagHelperContext context, TagHelperOutput output)
                {
                    output.TagName = "aside";
                    output.Content.SetHtmlContent(SiteDisclaimer.Html());
                }
            }
            """);
        yield return ("ViewComponents/FooterViewComponent.cs", """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.ViewComponents;

            namespace E2E.ViewComponents;

            [ViewComponent(Name = "SiteFooter")]
            public sealed class FooterViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke() => Content(SiteDisclaimer.Html());
            }
            """);
        yield return ("Views/Answers/WithNotice.cshtml", """
            <p>@Sample.Answer.Body</p>
            <site-notice />
            """);
        yield return ("Views/Answers/WithFooter.cshtml", """
            <p>@Sample.Answer.Body</p>
            <vc:site-footer></vc:site-footer>
            """);

        // ---- A tag helper and a component marked [RequiresMedicalDisclaimer] (as MedQa.AspNetCore's <medqa-answers> and
        // <MedQaAnswers>): reported at the element's line, though Razor creates them in #line hidden code ----
        yield return ("TagHelpers/AnswerExcerptTagHelper.cs", """
            using MedQa;
            using Microsoft.AspNetCore.Razor.TagHelpers;

            namespace E2E.TagHelpers;

            [HtmlTargetElement("answer-excerpt")]
            [RequiresMedicalDisclaimer]
            public sealed class AnswerExcerptTagHelper : TagHelper
            {
                public string AnswerId { get; set; } = "";

                public override void Process(TagHelperContext context, TagHelperOutput output) => output.TagName = "p";
            }
            """);
        yield return ("Views/Answers/MarkedExcerpt.cshtml", """
            <h1>Excerpt</h1>

            <answer-excerpt answer-id="@Sample.Answer.Id" /> @* MEDQA001 here *@
            """);
        yield return ("Views/Answers/MarkedExcerptCovered.cshtml", """
            <answer-excerpt answer-id="@Sample.Answer.Id" />
            <site-notice />
            """);
        yield return ("Components/MarkedExcerpt.razor", """
            @attribute [RequiresMedicalDisclaimer]
            <p>Excerpt</p>
            @code { [Parameter] public string AnswerId { get; set; } = ""; }
            """);
        yield return ("Components/Pages/MarkedExcerptBare.razor", """
            @page "/blazor/excerpt"
            @layout E2E.Components.Layout.BareLayout
            <h1>Excerpt</h1>

            <MarkedExcerpt AnswerId="@Sample.Answer.Id" /> @* MEDQA001 here *@
            """);
        yield return ("Components/Pages/MarkedExcerptCovered.razor", """
            @page "/blazor/excerpt-covered"
            <MarkedExcerpt AnswerId="@Sample.Answer.Id" />
            """);

        // ---- A view model projected with Select: its Text is content, its Anchor (from the id) is not ----
        yield return ("Models/AnswerCard.cs", """
            using MedQa;

            namespace E2E;

            public sealed record AnswerCard(string Anchor, string Text);

            public static class AnswerCards
            {
                public static IReadOnlyList<AnswerCard> All { get; } =
                    new[] { Sample.Answer }.Select(a => new AnswerCard("#answer-" + a.Id, a.Body)).ToList();
            }
            """);
        yield return ("Views/Answers/Cards.cshtml", """
            @foreach (var card in AnswerCards.All)
            {
                <a href="@card.Anchor">Link</a>
                <p>@card.Text</p> @* MEDQA001 here *@
            }
            """);

        // ---- Controller actions are units of their own ----
        yield return ("Controllers/ClinicController.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace E2E.Controllers;

            public sealed class ClinicController : Controller
            {
                public IActionResult Covered() => Content(Sample.Answer.Body + SiteDisclaimer.Html(), "text/html");

                public IActionResult Bare() => Content(Sample.Answer.Body, "text/html"); // MEDQA001 here
            }
            """);

        // ---- Plain classes that name none of MedQa's members are set aside: one the flow reaches (its parameter
        // reaches the sink, so the view's call renders content), one it never reaches (walked only to verify) ----
        yield return ("Services/QuoteWriter.cs", """
            namespace E2E;

            public static class QuoteWriter
            {
                public static void Write(TextWriter writer, string value) => writer.Write("<q>" + value + "</q>");
            }
            """);
        yield return ("Services/VisitCounter.cs", """
            namespace E2E;

            public sealed class VisitCounter
            {
                private int _visits;

                public int Next() => Interlocked.Increment(ref _visits);
            }
            """);
        yield return ("Views/Answers/Quoted.cshtml", """
            <h1>Quoted</h1>
            @{ QuoteWriter.Write(Output, Sample.Answer.Body); } @* MEDQA001 here *@
            """);

        // ---- An injected service: the view calls the interface, the implementation writes what it is given ----
        yield return ("Services/AnswerQuoter.cs", """
            namespace E2E;

            public interface IAnswerQuoter
            {
                void Write(TextWriter writer, string text);
            }

            public sealed class BlockQuoter : IAnswerQuoter
            {
                public void Write(TextWriter writer, string text) => writer.Write("<blockquote>" + text + "</blockquote>");
            }
            """);
        yield return ("Views/Answers/Injected.cshtml", """
            @inject IAnswerQuoter Quoter
            <h1>Injected</h1>
            @{ Quoter.Write(Output, Sample.Answer.Body); } @* MEDQA001 here *@
            """);
    }
}
