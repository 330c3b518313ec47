using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// The response as the unit: controller actions, minimal-API handlers, the views actions return (MVC's
// conventions, areas), ViewData by key.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    [Fact]
    public Task ControllerAction_OtherActionRendersDisclaimer_ReportsThisAction() => Verifier.AnalyzeAsync(
        """
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class AnswersController : Controller
        {
            public IActionResult Covered(Answer answer) => Content(answer.Body + MedQa.Disclaimer.Html(), "text/html");
            public IActionResult Bare(Answer answer) => Content({|#0:answer.Body|}, "text/html");
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("AnswersController.Bare", "Answer.Body"));

    [Fact]
    public Task ControllerAction_CallsHelperThatRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Mvc;
        namespace Host;
        public sealed class AnswersController : Controller
        {
            public IActionResult Show(Answer answer) => Content(answer.Body + Footer(), "text/html");
            private static string Footer() => MedQa.Disclaimer.Html();
        }
        """);

    [Fact]
    public Task MinimalApi_LambdaReturnsContentAsString_Reports() => Verifier.AnalyzeAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Routing;
        namespace Host;
        public static class Endpoints
        {
            public static void Map(IEndpointRouteBuilder app, Answer answer)
            {
                app.MapGet("/covered", () => answer.Body + MedQa.Disclaimer.Html());
                app.MapGet("/bare", () => {|MEDQA001:answer.Body|});
                app.MapGet("/votes", () => answer.Votes.ToString());
            }
        }
        """);

    [Fact]
    public Task MinimalApi_WriteBeforeAHandlerThatRendersDisclaimer_IsTheMethodsAndReports() => Verifier.AnalyzeAsync(
        """
        using System.IO;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Routing;
        namespace Host;
        public static class Endpoints
        {
            public static void Map(IEndpointRouteBuilder app, TextWriter log, Answer answer)
            {
                log.Write({|#0:answer.Body|}); // walked after the handler below: it is still this method's output
                app.MapGet("/covered", () => answer.Body + MedQa.Disclaimer.Html());
            }
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("Endpoints", "Answer.Body"));

    [Fact]
    public Task Return_BeforeALambdaInTheSameBody_IsTheMethodsResult() => Verifier.AnalyzeAsync("""
        using System.Collections.Generic;
        using System.IO;
        namespace Host;
        public static class Cards
        {
            public static string Card(Answer a, List<Answer> all)
            {
                if (a.Votes > 0) { return a.Body; } // walked after the lambda below: a return of Card, not of the lambda
                all.ForEach(x => { });
                return "";
            }
        }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, List<Answer> all) => writer.Write({|MEDQA001:Cards.Card(a, all)|});
        }
        """);

    [Fact]
    public Task MinimalApi_MethodGroupHandler_IsItsOwnUnit() => Verifier.AnalyzeAsync(
        """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Routing;
        namespace Host;
        public static class Store { public static Answer Answer { get; } = new(); }
        public static class Handlers
        {
            public static string Bare() => {|#0:Store.Answer.Body|};
            public static string Covered() => Store.Answer.Body + MedQa.Disclaimer.Html();
        }
        public static class Endpoints
        {
            public static void Map(IEndpointRouteBuilder app)
            {
                app.MapGet("/bare", Handlers.Bare);
                app.MapGet("/covered", Handlers.Covered);
            }
        }
        """,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("Handlers.Bare", "Answer.Body"));

    // ModelLibrary: a call into it is no callee of the project's, so a class whose bodies call only into it is decided
    // at its symbol end.

    // At its symbol end the class cannot know that another type gives Footer to Map*: the handler is a response of its
    // own, so its disclaimer does not cover the class's Render (decided at the compilation end, which knows the handlers).
    [Fact]
    public Task MinimalApi_MethodGroupHandlerRendersTheClassesOnlyDisclaimer_ReportsTheClass() => Verifier.AnalyzeWithReferencesAsync(
        [("/0/Test0.cs", """
            using System.IO;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;
            namespace Host;
            public static class Pages
            {
                public static string Footer() => MedQa.Disclaimer.Html();
                public static void Render(TextWriter writer, Answer answer) => writer.Write({|#0:answer.Body|});
            }
            public static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app) => app.MapGet("/footer", Pages.Footer);
            }
            """)],
        [ModelLibrary.Reference],
        withMarkers: false,
        expected: Verifier.Diagnostic().WithLocation(0).WithArguments("Pages", "Answer.Body"));

    [Fact]
    public Task ClassMethodRendersDisclaimer_NotAHandler_CoversTheClass() => Verifier.AnalyzeWithReferencesAsync(
        [("/0/Test0.cs", """
            using System.IO;
            namespace Host;
            public static class Pages
            {
                public static string Footer() => MedQa.Disclaimer.Html();
                public static void Render(TextWriter writer, Answer answer) => writer.Write(answer.Body);
            }
            """)],
        [ModelLibrary.Reference],
        withMarkers: false);

    [Fact]
    public Task MinimalApi_RegisteringMethodDoesNotCoverCaller_Reports() => Verifier.AnalyzeAsync("""
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Routing;
        namespace Host;
        public static class Endpoints
        {
            public static void MapDisclaimer(IEndpointRouteBuilder app) => app.MapGet("/disclaimer", () => MedQa.Disclaimer.Html());
        }
        public static class Startup
        {
            public static void Run(IEndpointRouteBuilder app, Answer answer)
            {
                Endpoints.MapDisclaimer(app);
                Console.WriteLine({|MEDQA001:answer.Body|});
            }
        }
        """);

    [Fact]
    public Task ControllerView_ActionReturnsViewWhoseLayoutRendersDisclaimer_NoDiagnostic() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            [Area("Clinic")]
            public sealed class AnswersController : Controller
            {
                public async Task<IActionResult> ShowAsync(Answer answer)
                {
                    await Response.WriteAsync(answer.Body);
                    return View();
                }
            }
            """),
        View("Areas_Clinic_Views_Shared__Layout", """
            [RazorCompiledItemMetadata("Identifier", "/Areas/Clinic/Views/Shared/_Layout.cshtml")]
            internal sealed class Areas_Clinic_Views_Shared__Layout : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write(RenderBody()); Write(MedQa.Disclaimer.Html()); return Task.CompletedTask; }
            }
            """),
        View("Areas_Clinic_Views_Answers_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Areas/Clinic/Views/Answers/Show.cshtml")]
            internal sealed class Areas_Clinic_Views_Answers_Show : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Layout = "_Layout"; return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task ControllerView_ViewInOtherControllerFolder_Reports() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswersController : Controller
            {
                public async Task<IActionResult> Show(Answer answer)
                {
                    await Response.WriteAsync({|MEDQA001:answer.Body|});
                    return View();
                }
            }
            """),
        View("Views_Home_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Home/Show.cshtml")]
            internal sealed class Views_Home_Show : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write(MedQa.Disclaimer.Html()); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task ViewData_ContentStoredByKey_ReportsViewThatWritesThatKey() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswersController : Controller
            {
                public IActionResult Show(Answer answer)
                {
                    ViewData["Body"] = answer.Body;
                    ViewData["Title"] = "Answer";
                    return View();
                }
            }
            """),
        View("Views_Answers_Show", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Show.cshtml")]
            internal sealed class Views_Answers_Show : RazorPage<dynamic>
            {
                public override Task ExecuteAsync() { Write(ViewData["Title"]); Write({|MEDQA001:ViewData["body"]|}); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task ViewPartialByUse_UnderscoreViewReturnedByAction_GetsViewStartLayout() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswersController : Controller
            {
                public IActionResult Show() => View("_Summary");
            }
            """),
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithDisclaimer),
        View("Views_Answers__Summary", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/_Summary.cshtml")]
            internal sealed class Views_Answers__Summary : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Write(Model.Body); return Task.CompletedTask; }
            }
            """)]);

    [Fact]
    public Task ViewPartialByUse_ViewRenderedAsPartialOnly_GetsNoViewStartLayout() => Verifier.AnalyzeAsync([
        ("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            namespace Host;
            public sealed class AnswersController : Controller
            {
                public IActionResult Fragment() => PartialView("Card");
            }
            """),
        View("Views__ViewStart", ViewStartWithLayout),
        View("Views_Shared__Layout", LayoutWithDisclaimer),
        View("Views_Answers_Card", """
            [RazorCompiledItemMetadata("Identifier", "/Views/Answers/Card.cshtml")]
            internal sealed class Views_Answers_Card : RazorPage<Answer>
            {
                public override Task ExecuteAsync() { Write({|MEDQA001:Model.Body|}); return Task.CompletedTask; }
            }
            """)]);
}
