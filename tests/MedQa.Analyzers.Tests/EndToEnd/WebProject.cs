namespace MedQa.Analyzers.Tests.EndToEnd;

/// <summary>
/// The files of the end-to-end web project. Every line that MEDQA001 must report ends with
/// <see cref="WebProjectFixture.Marker"/>; every other rendering of an answer is covered (layout, _ViewStart,
/// partial, child component, a covered parent) or suppressed.
/// </summary>
internal static class WebProject
{
    public static IEnumerable<(string Path, string Text)> Files(string binaries)
    {
        // Isolated from the repository's Directory.Build.props and central package versions, but not from the user's
        // package sources: the Web SDK adds packages of its own (Microsoft.AspNetCore.App.Internal.Assets), which an
        // empty NuGet cache can only get from the user's feeds.
        yield return ("Directory.Build.props", "<Project />\n");
        yield return ("Directory.Build.targets", "<Project />\n");
        yield return ("Directory.Packages.props", "<Project />\n");
        yield return ("E2E.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>E2E</RootNamespace>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{Path.Combine(binaries, "MedQa.Analyzers.dll")}" />
                <Reference Include="{Path.Combine(binaries, "MedQa.Core.dll")}" />
                <GlobalAnalyzerConfigFiles Include="verify.globalconfig" />
              </ItemGroup>
            </Project>
            """);

        // Every set-aside body is walked as well, and MEDQA000 reported if that changes a decision (the fixture asserts none).
        yield return ("verify.globalconfig", Infrastructure.VerifySetAside.GlobalConfig);
        foreach (var file in RealisticApp.Files())
        {
            yield return file;
        }

        foreach (var file in RealisticViewModels.Files())
        {
            yield return file;
        }

        foreach (var file in DocsSnippets.Files())
        {
            yield return file;
        }

        yield return ("Program.cs", """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            builder.Services.AddControllersWithViews();
            builder.Services.AddRazorComponents();
            var app = builder.Build();
            app.MapRazorPages();
            app.MapGet("/plain", E2E.Endpoints.Plain);
            app.MapGet("/api/answer", E2E.Api.Json);
            app.MapGet("/lambda", () => E2E.Sample.Answer.Body); // MEDQA001 here
            app.MapGet("/lambda-covered", () => E2E.Sample.Answer.Body + E2E.SiteDisclaimer.Html());
            app.MapGet("/lambda-id", () => "#answer-" + E2E.Sample.Answer.Id);
            app.Run();
            """);
        yield return ("Sample.cs", """
            using MedQa;

            namespace E2E;

            public static class Sample
            {
                public static Answer Answer { get; } = new("a1", "Compression stockings help most patients.", headline: "Varicose veins");
            }

            public static class SiteDisclaimer
            {
                [RendersMedicalDisclaimer]
                public static string Html() => "<aside>" + MedicalDisclaimer.Standard.Text + "</aside>";
            }

            public static class Endpoints
            {
                public static IResult Plain() => Results.Content(Sample.Answer.Body, "text/plain"); // MEDQA001 here
            }

            public static class CoveredEndpoints
            {
                public static IResult Page() => Results.Content("<p>" + Sample.Answer.Body + "</p>" + SiteDisclaimer.Html(), "text/html");
            }

            public static class Api
            {
                public static IResult Json() => Results.Json(Sample.Answer);

                public static string Serialized() => System.Text.Json.JsonSerializer.Serialize(Sample.Answer.Body);
            }
            """);

        // ---- Razor Pages: _ViewStart sets a layout that renders the disclaimer ----
        yield return ("Pages/_ViewImports.cshtml", """
            @using E2E
            @using MedQa
            @namespace E2E.Pages
            @addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers
            """);
        yield return ("Pages/_ViewStart.cshtml", """
            @{
                Layout = "_Layout";
            }
            """);
        yield return ("Pages/Shared/_Layout.cshtml", """
            <!DOCTYPE html>
            <html>
            <body>
                @RenderBody()
                @Html.Raw(SiteDisclaimer.Html())
            </body>
            </html>
            """);
        yield return ("Pages/Shared/_Disclaimer.cshtml", """
            <footer>@Html.Raw(SiteDisclaimer.Html())</footer>
            """);
        yield return ("Pages/Covered.cshtml", """
            @page
            <h1>Covered by the layout of _ViewStart</h1>
            <p>@Sample.Answer.Body</p>
            """);
        yield return ("Pages/NoLayout.cshtml", """
            @page
            @{
                Layout = null;
            }
            <h1>No layout, no disclaimer</h1>
            <p>@Sample.Answer.Body</p> @* MEDQA001 here *@
            <p>@Sample.Answer.Body</p>
            """);
        yield return ("Pages/RawHtml.cshtml", """
            @page
            @{ Layout = null; }
            <h1>Raw</h1>

            <div>@Html.Raw(Sample.Answer.Body.Replace("\n", "<br>"))</div> @* MEDQA001 here *@
            """);
        yield return ("Pages/AttributeValue.cshtml", """
            @page
            @{ Layout = null; }
            <a href="/answers" title="@Sample.Answer.Headline">Answers</a> @* MEDQA001 here *@
            """);
        yield return ("Pages/WithPartial.cshtml", """
            @page
            @{ Layout = null; }
            <p>@Sample.Answer.Body</p>
            <partial name="_Disclaimer" />
            """);
        yield return ("Pages/Suppressed.cshtml", """
            @page
            @using System.Diagnostics.CodeAnalysis
            @attribute [SuppressMessage("MedQa.Compliance", "MEDQA001", Justification = "End-to-end test of [SuppressMessage] in a page.")]
            @{ Layout = null; }
            <p>@Sample.Answer.Body</p>
            """);
        yield return ("Pages/Pragma.cshtml", """
            @page
            @{
                Layout = null;
            #pragma warning disable MEDQA001
            }
            <p>@Sample.Answer.Body</p>
            """);

        // ---- MVC views: _ViewStart sets a layout without the disclaimer ----
        yield return ("Views/_ViewImports.cshtml", """
            @using E2E
            @using MedQa
            @addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers
            @addTagHelper *, E2E
            """);
        yield return ("Views/_ViewStart.cshtml", """
            @{
                Layout = "_PlainLayout";
            }
            """);
        yield return ("Views/Shared/_PlainLayout.cshtml", """
            <html><body>@RenderBody()</body></html>
            """);
        yield return ("Views/Shared/_AnswerDisclaimer.cshtml", """
            @Html.Raw(SiteDisclaimer.Html())
            """);
        yield return ("Views/Answers/Index.cshtml", """
            <h1>Answers</h1>
            <p>@Sample.Answer.Body</p> @* MEDQA001 here *@
            <partial name="_Excerpt" model="Sample.Answer" />
            """);
        yield return ("Views/Answers/_Excerpt.cshtml", """
            @model Answer
            <em>@Model.Headline</em> @* MEDQA001 here *@
            """);
        yield return ("Views/Answers/Details.cshtml", """
            <p>@Sample.Answer.Body</p>
            @await Html.PartialAsync("_AnswerDisclaimer")
            <partial name="_Body" model="Sample.Answer" />
            """);
        yield return ("Views/Answers/_Body.cshtml", """
            @model Answer
            <div>@Model.Body</div>
            """);
        yield return ("Views/Home/OtherLayout.cshtml", """
            @{
                Layout = "~/Pages/Shared/_Layout.cshtml";
            }
            <p>@Sample.Answer.Body</p>
            """);

        // ---- Blazor components ----
        yield return ("Components/_Imports.razor", """
            @using Microsoft.AspNetCore.Components
            @using Microsoft.AspNetCore.Components.Web
            @using E2E
            @using MedQa
            """);
        yield return ("Components/Disclaimer.razor", """
            <aside>@((MarkupString)SiteDisclaimer.Html())</aside>
            """);
        yield return ("Components/AnswerWithNotice.razor", """
            <p>@Answer.Body</p>
            <Disclaimer />

            @code {
                [Parameter] public Answer Answer { get; set; } = Sample.Answer;
            }
            """);
        yield return ("Components/BareAnswer.razor", """
            <h2>Answer</h2>
            <p>@Answer.Body</p> @* MEDQA001 here *@
            <p>@Answer.Body</p>

            @code {
                [Parameter] public Answer Answer { get; set; } = Sample.Answer;
            }
            """);
        yield return ("Components/MarkupAnswer.razor", """
            <h2>Markup</h2>
            <div>@((MarkupString)Answer.Body)</div> @* MEDQA001 here *@

            @code {
                [Parameter] public Answer Answer { get; set; } = Sample.Answer;
            }
            """);
        yield return ("Components/AnswerBody.razor", """
            <div>@Answer.Body</div>

            @code {
                [Parameter] public Answer Answer { get; set; } = Sample.Answer;
            }
            """);
        yield return ("Components/ThreadView.razor", """
            <AnswerBody Answer="Sample.Answer" />
            <Disclaimer />
            """);
        yield return ("Components/SuppressedCard.razor", """
            @using System.Diagnostics.CodeAnalysis
            @attribute [SuppressMessage("MedQa.Compliance", "MEDQA001", Justification = "End-to-end test of [SuppressMessage] in a component.")]
            <p>@Answer.Body</p>

            @code {
                [Parameter] public Answer Answer { get; set; } = Sample.Answer;
            }
            """);
    }
}
