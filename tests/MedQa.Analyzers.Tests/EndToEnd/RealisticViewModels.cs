namespace MedQa.Analyzers.Tests.EndToEnd;

/// <summary>
/// Models and arguments as real MVC apps pass them, through the real Razor generator: partials' <c>model</c>
/// (<c>&lt;partial&gt;</c>, <c>Html.PartialAsync</c>, a controller's <c>PartialView</c>), typed view models, view
/// component arguments (<c>Component.InvokeAsync("Name", new { ... })</c>, <c>InvokeAsync&lt;T&gt;</c>, a controller's
/// <c>ViewComponent(...)</c>, <c>&lt;vc:…&gt;</c> attributes) and view components' views. The MVC views' _ViewStart
/// layout renders no disclaimer: pages that show content are reported unless they render the disclaimer partial.
/// </summary>
internal static class RealisticViewModels
{
    public static IEnumerable<(string Path, string Text)> Files()
    {
        // ---- A partial that renders the text it is given: the page that gives content renders it ----
        yield return ("Views/Shared/_AnswerText.cshtml", """
            @model string
            <blockquote>@Model</blockquote>
            """);
        yield return ("Views/Cards/TextBare.cshtml", """
            <h1>Answer</h1>
            <partial name="_AnswerText" model="Sample.Answer.Body" /> @* MEDQA001 here *@
            """);
        yield return ("Views/Cards/TextCovered.cshtml", """
            <partial name="_AnswerText" model="Sample.Answer.Body" />
            <partial name="_AnswerDisclaimer" />
            """);
        yield return ("Views/Cards/TextIds.cshtml", """
            <partial name="_AnswerText" model="Sample.Answer.Id" />
            """);
        yield return ("Views/Cards/AsyncBare.cshtml", """
            @await Html.PartialAsync("_AnswerText", Sample.Answer.Body) @* MEDQA001 here *@
            """);

        // ---- Typed view models (no attribute): AnswerCard.Text holds content (AnswerCards.All), AnswerLink only ids ----
        yield return ("Models/AnswerLink.cs", """
            namespace E2E;

            public sealed record AnswerLink(string Anchor, int Position);

            public static class AnswerLinks
            {
                public static AnswerLink First { get; } = new("#answer-" + Sample.Answer.Id, 1);
            }
            """);
        yield return ("Views/Shared/_CardBare.cshtml", """
            @model AnswerCard
            <a href="@Model.Anchor">#</a>
            <p>@Model.Text</p> @* MEDQA001 here *@
            """);
        yield return ("Views/Cards/CardBare.cshtml", """
            <partial name="_CardBare" model="AnswerCards.All[0]" />
            """);
        yield return ("Views/Shared/_CardCovered.cshtml", """
            @model AnswerCard
            <p>@Model.Text</p>
            """);
        yield return ("Views/Cards/CardCovered.cshtml", """
            @foreach (var card in AnswerCards.All)
            {
                <partial name="_CardCovered" model="card" />
            }
            <partial name="_AnswerDisclaimer" />
            """);
        yield return ("Views/Shared/_CardLink.cshtml", """
            @model AnswerLink
            <a href="@Model.Anchor">Answer @Model.Position</a>
            """);
        yield return ("Views/Cards/LinkBare.cshtml", """
            <partial name="_CardLink" model="AnswerLinks.First" />
            """);

        // ---- A controller's PartialView and ViewComponent results: each action is its own response ----
        yield return ("Controllers/CardsController.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace E2E.Controllers;

            public sealed class CardsController : Controller
            {
                public IActionResult Fragment() => PartialView("_AnswerText", Sample.Answer.Body); // MEDQA001 here

                public IActionResult Anchor() => PartialView("_AnswerText", "#answer-" + Sample.Answer.Id);

                public IActionResult Covered()
                {
                    ViewData["Footer"] = SiteDisclaimer.Html();
                    return PartialView("_AnswerText", Sample.Answer.Body);
                }

                public IActionResult Quote() => ViewComponent("AnswerQuote", new { body = Sample.Answer.Body }); // MEDQA001 here
            }
            """);

        // ---- View components: one renders its argument, one gives it to its view, one takes HTML ----
        yield return ("ViewComponents/AnswerQuoteViewComponent.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace E2E.ViewComponents;

            public sealed class AnswerQuoteViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke(string body) => Content(body);
            }
            """);
        yield return ("ViewComponents/AnswerTextViewComponent.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace E2E.ViewComponents;

            public sealed class AnswerTextViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke(string text) => View("Default", text);
            }
            """);
        yield return ("ViewComponents/AnswerHtmlViewComponent.cs", """
            using Microsoft.AspNetCore.Html;
            using Microsoft.AspNetCore.Mvc;

            namespace E2E.ViewComponents;

            public sealed class AnswerHtmlViewComponent : ViewComponent
            {
                public IViewComponentResult Invoke(IHtmlContent html) => View("Default", html);
            }
            """);
        yield return ("Views/Shared/Components/AnswerText/Default.cshtml", """
            @model string
            <p>@Model</p>
            """);
        yield return ("Views/Shared/Components/AnswerHtml/Default.cshtml", """
            @model Microsoft.AspNetCore.Html.IHtmlContent
            <div>@Model</div>
            """);
        yield return ("Views/Cards/QuoteBare.cshtml", """
            @await Component.InvokeAsync("AnswerQuote", new { body = Sample.Answer.Body }) @* MEDQA001 here *@
            """);
        yield return ("Views/Cards/QuoteCovered.cshtml", """
            @await Component.InvokeAsync("AnswerQuote", new { body = Sample.Answer.Body })
            <partial name="_AnswerDisclaimer" />
            """);
        yield return ("Views/Cards/QuoteIds.cshtml", """
            @await Component.InvokeAsync("AnswerQuote", new { body = "#answer-" + Sample.Answer.Id })
            """);
        yield return ("Views/Cards/TypedBare.cshtml", """
            @using E2E.ViewComponents
            @(await Component.InvokeAsync<AnswerTextViewComponent>(new { text = Sample.Answer.Body })) @* MEDQA001 here *@
            """);
        yield return ("Views/Cards/TypedIds.cshtml", """
            @using E2E.ViewComponents
            @(await Component.InvokeAsync<AnswerTextViewComponent>(new { text = Sample.Answer.Id }))
            """);
        yield return ("Views/Cards/TagBare.cshtml", """
            <vc:answer-html html="@Html.Raw(Sample.Answer.Body)"></vc:answer-html> @* MEDQA001 here *@
            """);
        yield return ("Views/Cards/TagCovered.cshtml", """
            <vc:answer-html html="@Html.Raw(Sample.Answer.Body)"></vc:answer-html>
            <partial name="_AnswerDisclaimer" />
            """);
        yield return ("Views/Cards/TagIds.cshtml", """
            <vc:answer-html html="@Html.Raw("#answer-" + Sample.Answer.Id)"></vc:answer-html>
            """);
        yield return ("Views/Cards/QuoteTagBare.cshtml", """
            <vc:answer-quote body="@Sample.Answer.Body"></vc:answer-quote> @* MEDQA001 here *@
            """);
        yield return ("Views/Cards/QuoteTagIds.cshtml", """
            <vc:answer-quote body="@Sample.Answer.Id"></vc:answer-quote>
            """);
    }
}
