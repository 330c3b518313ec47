using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>The compilations the stage tests build: a library named <c>Host</c> with MedQa's markers, and MEDQA001's per-compilation context of one.</summary>
internal static class TestCompilations
{
    /// <summary>MedQa's markers (<see cref="Sources.Markers"/>, the first tree) and <paramref name="sources"/>, in that order, as a library against <see cref="TestReferences.Framework"/>.</summary>
    public static CSharpCompilation Library(params string[] sources)
        => CSharpCompilation.Create(
            "Host",
            [CSharpSyntaxTree.ParseText(Sources.Markers), .. sources.Select(source => CSharpSyntaxTree.ParseText(source))],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A <see cref="Library"/> of <paramref name="source"/> that compiles without errors (asserted: a stage test of broken code tests nothing), and its context.</summary>
    public static (CSharpCompilation Compilation, RenderContext Context) LibraryWithContext(string source)
    {
        var compilation = Library(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return (compilation, ContextOf(compilation));
    }

    /// <summary>MEDQA001's context of <paramref name="compilation"/> with no options, as the analyzer creates it at the compilation's start.</summary>
    public static RenderContext ContextOf(Compilation compilation)
        => RenderContext.TryCreate(compilation, RuleOptions.Read(compilation, NoOptions.Instance))
            ?? throw new InvalidOperationException("The compilation does not define MedQa's markers.");
}
