using MedQa.Analyzers.CodeFixes;
using MedQa.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>Runs MEDQA001 over test sources with the markers and model added, against the local frameworks.</summary>
internal static class Verifier
{
    public static DiagnosticResult Diagnostic() => new(AnswerRenderedWithoutDisclaimerAnalyzer.Rule);

    /// <summary>Verifies that <paramref name="source"/>'s markup (<c>{|MEDQA001:...|}</c>) lists exactly the diagnostics.</summary>
    public static Task AnalyzeAsync(string source, string? editorConfig = null, bool withMarkers = true, params DiagnosticResult[] expected)
        => AnalyzeAsync([("/0/Test0.cs", source)], editorConfig, withMarkers, expected);

    public static Task AnalyzeAsync((string Path, string Source)[] sources, string? editorConfig = null, bool withMarkers = true, params DiagnosticResult[] expected)
        => AnalyzeWithReferencesAsync(sources, [], editorConfig, withMarkers, expected);

    /// <summary>As <see cref="AnalyzeAsync(ValueTuple{string, string}[], string?, bool, DiagnosticResult[])"/>, with compiled libraries referenced (markers from another assembly).</summary>
    public static async Task AnalyzeWithReferencesAsync(
        (string Path, string Source)[] sources, MetadataReference[] references, string? editorConfig = null, bool withMarkers = true, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<AnswerRenderedWithoutDisclaimerAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        Configure(test.TestState, sources, editorConfig, withMarkers);
        test.TestState.AdditionalReferences.AddRange(references);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task FixAsync(string source, string fixedSource, string markers = Sources.Markers)
    {
        var test = new CSharpCodeFixTest<AnswerRenderedWithoutDisclaimerAnalyzer, AddDisclaimerCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,

            // MEDQA001 is decided per type (symbol end) or per compilation, so the testing library sees it as non-local.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Configure(test.TestState, [("/0/Test0.cs", source)], null, withMarkers: true, markers);
        Configure(test.FixedState, [("/0/Test0.cs", fixedSource)], null, withMarkers: true, markers);
        await test.RunAsync();
    }

    private static void Configure(SolutionState state, (string Path, string Source)[] sources, string? editorConfig, bool withMarkers, string markers = Sources.Markers)
    {
        foreach (var (path, source) in sources)
        {
            state.Sources.Add((path, source));
        }

        if (withMarkers)
        {
            state.Sources.Add(("/0/Markers.cs", markers));
            state.Sources.Add(("/0/Model.cs", Sources.Model));
        }

        state.AnalyzerConfigFiles.Add(("/.globalconfig", VerifySetAside.GlobalConfig));
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        state.AdditionalReferences.AddRange(TestReferences.Framework);
    }
}
