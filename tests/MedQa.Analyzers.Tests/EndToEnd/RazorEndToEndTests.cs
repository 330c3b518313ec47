namespace MedQa.Analyzers.Tests.EndToEnd;

/// <summary>
/// MEDQA001 in a real build of Razor Pages, MVC views and Blazor components: the Razor generator's output is
/// analyzed, and diagnostics land on the .cshtml/.razor lines.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class RazorEndToEndTests(WebProjectFixture project) : IClassFixture<WebProjectFixture>
{
    [Fact]
    public void Build_DefaultSeverity_SucceedsWithWarnings()
    {
        Assert.True(project.WarningBuildExitCode == 0, project.WarningBuildOutput);
        Assert.All(project.Warnings, warning => Assert.Equal("warning", warning.Severity));
    }

    [Fact]
    public void Build_BothSeverities_ReportNoAnalysisFailure()
    {
        // MEDQA000 of the whole compilation has no file and line ("CSC : warning MEDQA000: ..."): look for the id itself.
        // The project sets verify_set_aside_bodies, so this also holds the set-aside bodies to the decisions of a full walk.
        Assert.DoesNotContain(" MEDQA000:", project.WarningBuildOutput);
        Assert.DoesNotContain(" MEDQA000:", project.ErrorBuildOutput);
    }

    [Fact]
    public void Build_RazorPagesViewsComponentsAndCSharp_ReportsExactlyTheMarkedLines()
    {
        var reported = project.Warnings.Select(w => (w.File, w.Line)).ToHashSet();
        Assert.True(
            project.Expected.SetEquals(reported),
            $"expected {Format(project.Expected)}\nreported {Format(reported)}\n{project.WarningBuildOutput}");
        Assert.All(project.Warnings, warning => Assert.Equal("MEDQA001", warning.Id));
    }

    [Theory]
    [InlineData("Pages/NoLayout.cshtml", 6, "'/Pages/NoLayout.cshtml' renders answer content from 'Answer.Body'")]
    [InlineData("Views/Answers/_Excerpt.cshtml", 2, "'/Views/Answers/_Excerpt.cshtml' renders answer content from 'Answer.Headline'")]
    [InlineData("Components/BareAnswer.razor", 2, "'BareAnswer' renders answer content from 'Answer.Body'")]
    [InlineData("Sample.cs", 18, "'Endpoints.Plain' renders answer content from 'Answer.Body'")]
    [InlineData("Views/Answers/Cards.cshtml", 4, "'/Views/Answers/Cards.cshtml' renders answer content from 'AnswerCard.Text'")]
    [InlineData("Components/TextCard.razor", 1, "'TextCard' renders answer content from 'TextCard.Text'")]
    [InlineData("Controllers/ClinicController.cs", 9, "'ClinicController.Bare' renders answer content from 'Answer.Body'")]
    [InlineData("Views/Cards/TextBare.cshtml", 2, "'/Views/Cards/TextBare.cshtml' renders answer content from 'Answer.Body'")]
    [InlineData("Views/Shared/_CardBare.cshtml", 3, "'/Views/Shared/_CardBare.cshtml' renders answer content from 'AnswerCard.Text'")]
    [InlineData("Views/Cards/QuoteBare.cshtml", 1, "'/Views/Cards/QuoteBare.cshtml' renders answer content from 'Answer.Body'")]
    [InlineData("Views/Cards/TypedBare.cshtml", 2, "'/Views/Cards/TypedBare.cshtml' renders answer content from 'Answer.Body'")]
    [InlineData("Views/Cards/TagBare.cshtml", 1, "'/Views/Cards/TagBare.cshtml' renders answer content from 'Answer.Body'")]
    public void Build_Diagnostic_PointsAtFileLineAndNamesUnitAndMember(string file, int line, string message)
    {
        var warning = Assert.Single(project.Warnings, w => w.File == file);
        Assert.Equal(line, warning.Line);
        Assert.StartsWith(message, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pages/Covered.cshtml")] // layout set in _ViewStart renders it
    [InlineData("Views/Home/OtherLayout.cshtml")] // layout set by path renders it
    [InlineData("Pages/WithPartial.cshtml")] // <partial name=...> renders it
    [InlineData("Views/Answers/Details.cshtml")] // Html.PartialAsync renders it
    [InlineData("Views/Answers/_Body.cshtml")] // partial of a covered view
    [InlineData("Components/AnswerWithNotice.razor")] // child component renders it
    [InlineData("Components/AnswerBody.razor")] // child of a covered component
    [InlineData("Pages/Suppressed.cshtml")] // [SuppressMessage] via @attribute
    [InlineData("Components/SuppressedCard.razor")] // [SuppressMessage] via @attribute
    [InlineData("Pages/Pragma.cshtml")] // #pragma warning disable in a code block
    [InlineData("Components/Pages/BlazorAnswer.razor")] // RouteView DefaultLayout (MainLayout) renders it
    [InlineData("Components/Layout/MainLayout.razor")]
    [InlineData("Components/Routes.razor")]
    [InlineData("Components/TextCardHost.razor")] // passes content to a child, renders none itself
    [InlineData("Views/Answers/WithNotice.cshtml")] // a tag helper renders it
    [InlineData("Views/Answers/WithFooter.cshtml")] // <vc:site-footer> ([ViewComponent(Name = "SiteFooter")]) renders it
    [InlineData("Models/AnswerCard.cs")]
    [InlineData("Docs/MedicalDisclaimerNotice.razor")]
    [InlineData("Views/Cards/TextCovered.cshtml")] // gives content to a partial, renders the disclaimer partial
    [InlineData("Views/Cards/TextIds.cshtml")] // gives only an id to the partial that renders its model
    [InlineData("Views/Shared/_AnswerText.cshtml")] // renders only what it is given: its callers are judged
    [InlineData("Views/Cards/CardBare.cshtml")] // the partial it renders is reported, where it shows the content
    [InlineData("Views/Cards/CardCovered.cshtml")]
    [InlineData("Views/Shared/_CardCovered.cshtml")] // typed view model, rendered only by a covered page
    [InlineData("Views/Cards/LinkBare.cshtml")] // typed view model of ids only
    [InlineData("Views/Shared/_CardLink.cshtml")]
    [InlineData("Views/Cards/QuoteCovered.cshtml")] // view component argument, page renders the disclaimer
    [InlineData("Views/Cards/QuoteIds.cshtml")] // view component given only an id
    [InlineData("Views/Cards/TypedIds.cshtml")]
    [InlineData("Views/Cards/TagCovered.cshtml")]
    [InlineData("Views/Cards/TagIds.cshtml")]
    [InlineData("Views/Cards/QuoteTagIds.cshtml")]
    [InlineData("Views/Shared/Components/AnswerText/Default.cshtml")] // renders its model: the pages that give it are judged
    [InlineData("Views/Shared/Components/AnswerHtml/Default.cshtml")]
    [InlineData("ViewComponents/AnswerQuoteViewComponent.cs")]
    public void Build_CoveredOrSuppressedUnit_NoDiagnostic(string file)
        => Assert.DoesNotContain(project.Warnings, warning => warning.File == file);

    [Fact]
    public void Build_DocsSnippets_EveryOneIsInTheProjectAndCompiles()
    {
        Assert.True(project.WarningBuildExitCode == 0, project.WarningBuildOutput);
        var snippets = Directory.GetFiles(Path.Combine(project.Root, "Docs"), "Snippet*");
        Assert.True(snippets.Length >= 10, string.Join(", ", snippets));
        Assert.Contains(project.Expected, e => e.File.StartsWith("Docs/Snippet", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SeverityErrorInEditorConfig_FailsWithErrorsAtTheSameLines()
    {
        Assert.NotEqual(0, project.ErrorBuildExitCode);
        var errors = project.Errors.Where(e => e.Severity == "error" && e.Id == "MEDQA001").Select(e => (e.File, e.Line)).ToHashSet();
        var expected = project.Expected.Where(e => e.File != "Components/MarkupAnswer.razor").ToHashSet();
        Assert.True(expected.SetEquals(errors), $"expected {Format(expected)}\nreported {Format(errors)}\n{project.ErrorBuildOutput}");
    }

    [Fact]
    public void Build_PerViewSeverityKey_OverridesFolderSeverity()
    {
        var warning = Assert.Single(project.Errors, e => e.File == "Components/MarkupAnswer.razor");
        Assert.Equal("warning", warning.Severity);
    }

    private static string Format(IEnumerable<(string File, int Line)> positions)
        => string.Join(", ", positions.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).Select(p => $"{p.File}:{p.Line}"));
}
