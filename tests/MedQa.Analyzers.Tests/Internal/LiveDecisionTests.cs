using System.Collections.Immutable;
using MedQa.Analyzers.Rules;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// A plain class that renders is decided at its own symbol end, so the IDE shows MEDQA001 live (the descriptor
/// without the compilation-end tag), even when some of its bodies name nothing of MedQa and are set aside: its
/// symbol end walks them. The model comes from a referenced assembly, as MedQa.Core does in an app.
/// </summary>
public sealed class LiveDecisionTests
{
    [Fact]
    public async Task RenderingClass_WithAHelperSetAside_IsReportedAtItsOwnEnd()
    {
        var diagnostic = Assert.Single(await AnalyzeAsync("""
            namespace App;
            public sealed class Page
            {
                public void Render(System.IO.TextWriter w, Host.Answer a) => w.Write(a.Body);
                public static string Tidy(string s) => s.Trim();
            }
            """));

        Assert.Equal("MEDQA001", diagnostic.Id);
        Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, diagnostic.Descriptor.CustomTags);
    }

    [Fact]
    public async Task RenderingClass_WhoseSetAsideHelperRendersTheProjectsDisclaimer_IsCoveredAtItsOwnEnd()
    {
        // Footer names only the project's own marked method, not a name of the referenced assembly: set aside, and
        // walked at Page's end, so the page is covered there (reporting it would be a false alarm).
        Assert.Empty(await AnalyzeAsync("""
            namespace App;
            public static class SiteDisclaimer
            {
                [MedQa.RendersMedicalDisclaimer]
                public static string Html() => "<p>This is not medical advice.</p>";
            }
            public sealed class Page
            {
                public void Render(System.IO.TextWriter w, Host.Answer a) => w.Write(a.Body);
                public void Footer(System.IO.TextWriter w) => w.Write(SiteDisclaimer.Html());
            }
            """));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = ModelLibrary.App(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], VerifySetAside.Options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers([new AnswerRenderedWithoutDisclaimerAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
    }
}
