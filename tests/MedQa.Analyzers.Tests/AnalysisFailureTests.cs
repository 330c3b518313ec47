using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MedQa.Analyzers.Rules;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests;

/// <summary>
/// Failures are visible: when MEDQA001 cannot analyze, it reports MEDQA000 naming what it could not analyze, instead
/// of a silent "no violation" (every other test, and the fuzz test, asserts that no MEDQA000 occurs).
/// </summary>
public sealed class AnalysisFailureTests
{
    [Fact]
    public async Task Analyzer_OptionsThrow_ReportsMedqa000InsteadOfSilence()
    {
        var compilation = CSharpCompilation.Create(
            "FailingApp",
            [
                CSharpSyntaxTree.ParseText(Sources.Markers, path: "/0/Markers.cs"),
                CSharpSyntaxTree.ParseText(Sources.Model, path: "/0/Model.cs"),
                CSharpSyntaxTree.ParseText("namespace Host; public sealed class Page { public void Render(System.IO.TextWriter w, Answer a) => w.Write(a.Body); }", path: "/0/Page.cs"),
            ],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new UniformOptionsProvider(new ThrowingOptions())),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers([new AnswerRenderedWithoutDisclaimerAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        var failure = Assert.Single(diagnostics);
        Assert.Equal("MEDQA000", failure.Id);
        Assert.Equal(
            "MEDQA001 could not analyze 'FailingApp': InvalidOperationException: options unavailable",
            failure.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Analyzer_OptionsReadable_ReportsMedqa001AndNoMedqa000()
    {
        var compilation = CSharpCompilation.Create(
            "WorkingApp",
            [
                CSharpSyntaxTree.ParseText(Sources.Markers, path: "/0/Markers.cs"),
                CSharpSyntaxTree.ParseText(Sources.Model, path: "/0/Model.cs"),
                CSharpSyntaxTree.ParseText("namespace Host; public sealed class Page { public void Render(System.IO.TextWriter w, Answer a) => w.Write(a.Body); }", path: "/0/Page.cs"),
            ],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await compilation.WithAnalyzers([new AnswerRenderedWithoutDisclaimerAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal("MEDQA001", Assert.Single(diagnostics).Id);
    }

    // Reading MEDQA001's own keys fails (a broken host); the compiler's own lookups still work.
    private sealed class ThrowingOptions : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (key.StartsWith("medqa.", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("options unavailable");
            }

            value = null;
            return false;
        }
    }
}
